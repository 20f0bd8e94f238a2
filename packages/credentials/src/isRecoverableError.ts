import { CredentialsError } from './CredentialsError.js';

/**
 * The default answer to "may retrying later fix this failed refresh?", which decides
 * whether the cache keeps retrying behind still-valid credentials or stops and lets the
 * error reach callers once those credentials enter their mandatory window.
 *
 * Not recoverable:
 * - a {@link CredentialsError} of any kind but `ProviderFailed` (absent or wrong setup);
 * - an `StsValidationError` (bad input is still bad input later);
 * - an `StsServiceError` with `retryable: false`, such as `AccessDenied` or
 *   `ExpiredToken`: STS has refused this request and will keep refusing it.
 *
 * Everything else is recoverable: network failures, throttling, 5xx replies and unknown
 * errors, because serving still-valid credentials is always better than failing early.
 *
 * STS errors are recognised by shape (`name`, `retryable`) rather than `instanceof`, so
 * errors from any copy of `@stskit/sts` in a dependency tree are classified alike.
 *
 * @param error - what the fetch rejected with
 * @returns true when a later attempt may succeed
 *
 * @public
 */
export function isRecoverableError(error: unknown): boolean {
  if (error instanceof CredentialsError) {
    return error.kind === 'ProviderFailed' && (error.cause === undefined || isRecoverableError(error.cause));
  }
  if (!(error instanceof Error)) return true;
  if (error.name === 'StsValidationError') return false;
  const { retryable } = error as { retryable?: unknown };
  return retryable !== false;
}
