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
