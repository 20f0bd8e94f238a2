import { createCredentials } from './createCredentials.js';
import type { Credentials } from './types.js';

/**
 * The `Credentials` member of an STS reply (AssumeRole, GetSessionToken, …), as
 * `@stskit/sts` returns it. Declared by shape so any STS client's output fits.
 *
 * @public
 */
export interface StsCredentialsShape {
  readonly AccessKeyId: string;
  readonly SecretAccessKey: string;
  readonly SessionToken: string;
  readonly Expiration: Date;
}

/**
 * Converts the credentials of an STS reply into {@link Credentials}, with the secret
 * access key and session token concealed from `JSON.stringify` and `util.inspect` (they
 * stay readable as properties, as SDK v3 signers need).
 *
 * @param stsCredentials - the `Credentials` member of the reply
 * @param accountId - the account the credentials belong to, when known (for example
 *   parsed from an assumed role's ARN)
 * @returns new credentials; the input is left untouched
 *
 * @example
 * ```ts
 * const reply = await client.assumeRole({ RoleArn, RoleSessionName });
 * return fromStsCredentials(reply.Credentials!, accountIdOf(reply.AssumedRoleUser!.Arn));
 * ```
 *
 * @public
 */
export function fromStsCredentials(stsCredentials: StsCredentialsShape, accountId?: string): Credentials {
  return createCredentials({
    accessKeyId: stsCredentials.AccessKeyId,
    secretAccessKey: stsCredentials.SecretAccessKey,
    sessionToken: stsCredentials.SessionToken,
    expiration: stsCredentials.Expiration,
    accountId,
  });
}
