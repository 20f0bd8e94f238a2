import { ProfileError } from '../ProfileError.js';
import { property, type Profile } from '../ProfileSet.js';
import { KEY } from '../profileKeys.js';
import type { RoleHop } from './ProfileChain.js';
import { durationSeconds, mfaSettings, optional, roleArn } from './readers.js';

/**
 * A role assumed with another profile's credentials, or with those of the environment:
 *
 * ```ini
 * [profile admin]
 * role_arn = arn:aws:iam::111122223333:role/admin
 * source_profile = dev-user          ; or: credential_source = Environment
 * external_id = …                    ; optional, as are role_session_name,
 * mfa_serial = arn:aws:iam::…:mfa/me ; duration_seconds, source_identity, mfa_process
 * ```
 *
 * @internal
 */
export function isRoleProfile(profile: Profile): boolean {
  return property(profile, KEY.roleArn) !== undefined;
}

/** Where a role's source credentials come from. @internal */
export type RoleSource = { readonly sourceProfile: string } | { readonly credentialSource: true };

/**
 * The role to assume and where its source credentials come from.
 *
 * @throws ProfileError when the profile sets both or neither of `source_profile` and
 *   `credential_source`, or a malformed value
 * @internal
 */
export function resolveRole(profile: Profile): { readonly hop: RoleHop; readonly source: RoleSource } {
  const sourceProfile = property(profile, KEY.sourceProfile);
  const credentialSource = property(profile, KEY.credentialSource);
  if (sourceProfile !== undefined && credentialSource !== undefined) {
    throw ProfileError.atKey(profile, KEY.sourceProfile, `and ${KEY.credentialSource} are both set; set only one`);
  }
  if (sourceProfile === undefined && credentialSource === undefined) {
    throw ProfileError.atKey(profile, KEY.roleArn, `is set, but neither ${KEY.sourceProfile} nor ${KEY.credentialSource} is`);
  }
  const hop: RoleHop = {
    profile: profile.name,
    roleArn: roleArn(profile),
    ...optional(profile, KEY.roleSessionName, 'roleSessionName'),
    ...optional(profile, KEY.externalId, 'externalId'),
    ...optional(profile, KEY.sourceIdentity, 'sourceIdentity'),
    ...durationSeconds(profile),
    ...mfaSettings(profile),
  };
  return { hop, source: sourceProfile === undefined ? { credentialSource: true } : { sourceProfile } };
}
