import { concealSecrets } from '@stskit/sts';
import { ProfileError } from '../ProfileError.js';
import { property, type Profile } from '../ProfileSet.js';
import { KEY } from '../profileKeys.js';
import type { StaticKeysBase } from './ProfileChain.js';
import { durationSeconds, mfaSettings, optional } from './readers.js';

/**
 * A profile holding keys:
 *
 * ```ini
 * [dev-user]
 * aws_access_key_id = AKIA…
 * aws_secret_access_key = …
 * mfa_serial = arn:aws:iam::111122223333:mfa/alice   ; optional: an MFA session for its roles
 * ```
 *
 * @internal
 */
export function isStaticKeysProfile(profile: Profile): boolean {
  return property(profile, KEY.accessKeyId) !== undefined || property(profile, KEY.secretAccessKey) !== undefined;
}

/**
 * The profile's keys; the secret ones concealed from `JSON.stringify` and `util.inspect`.
 *
 * @throws ProfileError when only one of the two keys is set
 * @internal
 */
export function resolveStaticKeys(profile: Profile): StaticKeysBase {
  const accessKeyId = property(profile, KEY.accessKeyId);
  const secretAccessKey = property(profile, KEY.secretAccessKey);
  if (accessKeyId === undefined) throw ProfileError.atKey(profile, KEY.accessKeyId, `is missing, but ${KEY.secretAccessKey} is set`);
  if (secretAccessKey === undefined) throw ProfileError.atKey(profile, KEY.secretAccessKey, `is missing, but ${KEY.accessKeyId} is set`);
  const base: StaticKeysBase = {
    kind: 'StaticKeys',
    profile: profile.name,
    accessKeyId,
    secretAccessKey,
    ...optional(profile, KEY.sessionToken, 'sessionToken'),
    ...mfaSettings(profile),
    ...durationSeconds(profile),
  };
  return concealSecrets(base, ['secretAccessKey', 'sessionToken']);
}
