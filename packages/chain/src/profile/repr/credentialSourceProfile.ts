import { ProfileError } from '../ProfileError.js';
import { property, type Profile } from '../ProfileSet.js';
import { KEY } from '../profileKeys.js';
import type { CredentialSourceBase, CredentialSourceName } from './ProfileChain.js';

const SOURCES: readonly CredentialSourceName[] = ['Environment', 'Ec2InstanceMetadata', 'EcsContainer'];

/**
 * A role profile whose source credentials come from where the program runs:
 *
 * ```ini
 * [profile on-ec2]
 * role_arn = arn:aws:iam::111122223333:role/reader
 * credential_source = Ec2InstanceMetadata   ; or Environment, EcsContainer
 * ```
 *
 * @internal
 */
export function hasCredentialSource(profile: Profile): boolean {
  return property(profile, KEY.credentialSource) !== undefined;
}

/**
 * @throws ProfileError for a value other than the three sources. An unknown source stops
 *   here rather than falling through the chain (the SDK for JavaScript lets it fall through
 *   to a vague "could not load credentials")
 * @internal
 */
export function resolveCredentialSource(profile: Profile): CredentialSourceBase {
  const source = property(profile, KEY.credentialSource)!;
  if (!(SOURCES as readonly string[]).includes(source)) {
    throw ProfileError.atKey(profile, KEY.credentialSource, `must be one of ${SOURCES.join(', ')}, got '${source}'`);
  }
  return { kind: 'CredentialSource', profile: profile.name, source: source as CredentialSourceName };
}
