import { property, type Profile } from '../ProfileSet.js';
import { KEY } from '../profileKeys.js';
import type { WebIdentityBase } from './ProfileChain.js';
import { durationSeconds, optional, roleArn } from './readers.js';

/**
 * A role assumed with a web identity token read from a file (EKS IRSA, CI OIDC):
 *
 * ```ini
 * [profile ci]
 * role_arn = arn:aws:iam::111122223333:role/deployer
 * web_identity_token_file = /var/run/secrets/token
 * role_session_name = ci   ; optional
 * ```
 *
 * @internal
 */
export function isWebIdentityProfile(profile: Profile): boolean {
  return property(profile, KEY.webIdentityTokenFile) !== undefined;
}

/** @throws ProfileError when `role_arn` is missing or malformed @internal */
export function resolveWebIdentity(profile: Profile): WebIdentityBase {
  return {
    kind: 'WebIdentity',
    profile: profile.name,
    roleArn: roleArn(profile),
    webIdentityTokenFile: property(profile, KEY.webIdentityTokenFile)!,
    ...optional(profile, KEY.roleSessionName, 'roleSessionName'),
    ...durationSeconds(profile),
  };
}
