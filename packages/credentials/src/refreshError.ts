import { CredentialsError } from './CredentialsError.js';

/**
 * The error a failed refresh is reported with. A {@link CredentialsError} from the fetch
 * passes through unchanged (the provider chose its kind); anything else becomes a
 * `ProviderFailed` error that says which provider failed and, when the cached credentials
 * had already expired, since when, with the original error as its `cause`.
 *
 * @param providerName - names the provider in the message, e.g. `fromAssumeRole`
 * @param error - what the fetch rejected with
 * @param expiredAt - when the cached credentials expired, if they have
 *
 * @internal
 */
export function refreshError(providerName: string, error: unknown, expiredAt?: number): CredentialsError {
  if (error instanceof CredentialsError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  const what =
    expiredAt === undefined
      ? 'could not get credentials'
      : `the cached credentials expired at ${new Date(expiredAt).toISOString()} and could not be refreshed`;
  return new CredentialsError(`${providerName}: ${what}: ${reason}`, { kind: 'ProviderFailed', cause: error });
}

/**
 * The error for a fetch that returned credentials already expired (or with an invalid
 * expiration): they are never served, so the fetch counts as failed.
 *
 * @param expiresAt - their expiration in epoch milliseconds, NaN if invalid
 *
 * @internal
 */
export function spentOnArrivalError(providerName: string, expiresAt: number): CredentialsError {
  const when = Number.isNaN(expiresAt) ? 'an invalid date' : new Date(expiresAt).toISOString();
  return new CredentialsError(`${providerName}: the fetched credentials expire at ${when}, not later than now`, {
    kind: 'ProviderFailed',
  });
}
