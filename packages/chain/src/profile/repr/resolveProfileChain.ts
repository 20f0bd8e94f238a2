import { ProfileError } from '../ProfileError.js';
import type { Profile, ProfileSet } from '../ProfileSet.js';
import { KEY } from '../profileKeys.js';
import { hasCredentialSource, resolveCredentialSource } from './credentialSourceProfile.js';
import { isProcessProfile, resolveProcess } from './processProfile.js';
import type { BaseCredentials, ProfileChain, RoleHop } from './ProfileChain.js';
import { isRoleProfile, resolveRole } from './roleProfile.js';
import { isStaticKeysProfile, resolveStaticKeys } from './staticKeysProfile.js';
import { resolveStsSettings } from './stsSettings.js';
import { isWebIdentityProfile, resolveWebIdentity } from './webIdentityProfile.js';

/**
 * Flattens the selected profile into a {@link ProfileChain}: follows `source_profile` from
 * profile to profile (any depth) until one yields credentials by itself. Pure: reads
 * nothing but `set`.
 *
 * For each profile, in this order:
 * 1. after the first, static keys win over anything else the profile sets, for AWS CLI
 *    compatibility (botocore and the SDKs use a source profile's keys even if it also sets
 *    `role_arn`);
 * 2. `web_identity_token_file` makes it a web identity base;
 * 3. `role_arn` adds a role and moves to `source_profile`, or ends at `credential_source`
 *    (a profile naming itself as `source_profile` ends at its own keys);
 * 4. static keys, then `credential_process`, make it a base.
 *
 * @throws ProfileError `NotLoaded` when the implicit `default` profile is absent or holds
 *   no credentials (so a chain tries container and IMDS); `InvalidConfiguration` for an
 *   absent profile that was asked for, a missing `source_profile`, a loop (printed
 *   `a → b → a`), and any malformed key (naming profile, key and file)
 *
 * @public
 */
export function resolveProfileChain(set: ProfileSet): ProfileChain {
  const selected = set.profiles[set.selectedProfile] ?? throwMissingSelected(set);
  const roles: RoleHop[] = [];
  const visited: string[] = [];
  let profile = selected;
  for (;;) {
    visited.push(profile.name);
    const base = resolveOwnBase(profile, visited.length > 1);
    if (base !== undefined) return { base, roles: roles.reverse(), sts: resolveStsSettings(selected, set) };
    const { hop, source } = resolveRole(profile);
    roles.push(hop);
    if ('credentialSource' in source) {
      return { base: resolveCredentialSource(profile), roles: roles.reverse(), sts: resolveStsSettings(selected, set) };
    }
    if (source.sourceProfile === profile.name) {
      return { base: ownKeys(profile), roles: roles.reverse(), sts: resolveStsSettings(selected, set) };
    }
    const next = set.profiles[source.sourceProfile];
    if (next === undefined) throw ProfileError.atKey(profile, KEY.sourceProfile, `names profile "${source.sourceProfile}", which does not exist`);
    if (visited.includes(next.name)) throw loopError([...visited, next.name]);
    profile = next;
  }
}

// A profile's credentials when it needs no other profile; undefined for a role profile.
function resolveOwnBase(profile: Profile, isSourceProfile: boolean): BaseCredentials | undefined {
  if (isSourceProfile && isStaticKeysProfile(profile)) return resolveStaticKeys(profile);
  if (isWebIdentityProfile(profile)) return resolveWebIdentity(profile);
  if (isRoleProfile(profile)) return undefined;
  if (hasCredentialSource(profile)) throw ProfileError.atKey(profile, KEY.credentialSource, `is set without ${KEY.roleArn}`);
  if (isStaticKeysProfile(profile)) return resolveStaticKeys(profile);
  if (isProcessProfile(profile)) return resolveProcess(profile);
  throw noCredentials(profile, isSourceProfile);
}

function ownKeys(profile: Profile): BaseCredentials {
  if (isStaticKeysProfile(profile)) return resolveStaticKeys(profile);
  throw ProfileError.atKey(profile, KEY.sourceProfile, `names the profile itself, which has no ${KEY.accessKeyId}`);
}

function noCredentials(profile: Profile, isSourceProfile: boolean): ProfileError {
  const message = `profile "${profile.name}" sets no credentials (keys, role_arn, web_identity_token_file or credential_process)`;
  // The selected profile often holds only settings such as `region`; the chain then moves
  // on to container and IMDS credentials. A source profile without credentials is a mistake.
  return new ProfileError(message, { kind: isSourceProfile ? 'InvalidConfiguration' : 'NotLoaded', profile: profile.name });
}

function throwMissingSelected(set: ProfileSet): never {
  const where = set.files.length === 0 ? '' : ` in ${set.files.join(' or ')}`;
  throw new ProfileError(`profile "${set.selectedProfile}" does not exist${where}`, {
    kind: set.explicitlySelected ? 'InvalidConfiguration' : 'NotLoaded',
    profile: set.selectedProfile,
  });
}

function loopError(cycle: readonly string[]): ProfileError {
  return new ProfileError(`source_profile loop: ${cycle.join(' → ')}`, {
    kind: 'InvalidConfiguration',
    profile: cycle[0]!,
    key: KEY.sourceProfile,
    cycle,
  });
}
