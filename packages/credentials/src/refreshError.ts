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
  const reason = reasonOf(error);
  const what =
    expiredAt === undefined
      ? 'could not get credentials'
      : `the cached credentials expired at ${new Date(expiredAt).toISOString()} and could not be refreshed`;
  return new CredentialsError(`${providerName}: ${what}: ${reason}`, { kind: 'ProviderFailed', cause: error });
}

/**
 * The error for a fetch that returned credentials already expired: they are never served,
 * so the fetch counts as failed. (An invalid expiration never gets here: the credentials
 * are checked first, see `unusableCredentialsError`.)
 *
 * @param expiresAt - their expiration in epoch milliseconds
 *
 * @internal
 */
export function spentOnArrivalError(providerName: string, expiresAt: number): CredentialsError {
  return new CredentialsError(
    `${providerName}: the fetched credentials expire at ${new Date(expiresAt).toISOString()}, not later than now`,
    { kind: 'ProviderFailed' },
  );
}

/**
 * The error a call rejects with when something other than the fetch failed: a user-given
 * `clock`, `random` or `isRecoverable` that threw, or a call option whose getter threw. A
 * {@link CredentialsError} passes through unchanged; anything else becomes an `Unhandled`
 * one (a bug, which a chain must not hide) with the original as `cause`.
 *
 * @internal
 */
export function unexpectedError(providerName: string, error: unknown): CredentialsError {
  if (error instanceof CredentialsError) return error;
  return new CredentialsError(`${providerName}: unexpected error: ${reasonOf(error)}`, { kind: 'Unhandled', cause: error });
}

/** An error's message, or the value as a string; never throws, whatever was thrown. */
function reasonOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'a value that cannot be shown as a string';
  }
}
