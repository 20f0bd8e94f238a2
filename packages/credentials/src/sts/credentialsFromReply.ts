import { CredentialsError } from '../CredentialsError.js';
import { fromStsCredentials, type StsCredentialsShape } from '../fromStsCredentials.js';
import type { Credentials } from '../types.js';

/**
 * The members of an STS reply that carry credentials and say whose they are: every
 * credential-issuing operation's output fits (`AssumeRole*`, `GetSessionToken`,
 * `GetFederationToken`).
 *
 * @public
 */
export interface StsCredentialsReply {
  readonly Credentials?: StsCredentialsShape | undefined;
  readonly AssumedRoleUser?: { readonly Arn: string } | undefined;
  readonly FederatedUser?: { readonly Arn: string } | undefined;
}

/** `arn:partition:service:region:account:resource`: the account is the fifth field. */
const ACCOUNT_IN_ARN = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/u;

/**
 * The account of an ARN such as `arn:aws:sts::123456789012:assumed-role/reader/session`.
 *
 * @returns the 12-digit account ID, or undefined when the ARN has none
 *
 * @internal
 */
export function accountIdFromArn(arn: string): string | undefined {
  return ACCOUNT_IN_ARN.exec(arn)?.[1];
}

/**
 * Converts an STS reply into {@link Credentials}, secrets concealed, with `accountId` taken
 * from the assumed-role or federated-user ARN when the reply has one (so SDK v3 clients can
 * use account-based endpoints).
 *
 * @param reply - the operation's output
 * @param providerName - names the provider in the error, e.g. `fromAssumeRole`
 * @param operation - names the operation in the error, e.g. `AssumeRole`
 * @throws CredentialsError of kind `ProviderFailed` when the reply has no `Credentials`
 *
 * @example
 * ```ts
 * return credentialsFromReply(await client.assumeRole(request), 'fromAssumeRole', 'AssumeRole');
 * ```
 *
 * @public
 */
export function credentialsFromReply(reply: StsCredentialsReply, providerName: string, operation: string): Credentials {
  if (reply.Credentials === undefined) {
    throw new CredentialsError(`${providerName}: the ${operation} reply has no Credentials`, { kind: 'ProviderFailed' });
  }
  const arn = reply.AssumedRoleUser?.Arn ?? reply.FederatedUser?.Arn;
  return fromStsCredentials(reply.Credentials, arn === undefined ? undefined : accountIdFromArn(arn));
}
