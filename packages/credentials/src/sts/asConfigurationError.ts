import { CredentialsError } from '../CredentialsError.js';

/**
 * Gives the cache the right kind for a failed STS call: input that STS (or the client,
 * before sending) rejected as invalid is the provider's configuration, not a passing
 * failure, so it becomes a `CredentialsError` of kind `InvalidConfiguration` with the
 * original as `cause`. Anything else is returned unchanged, for the cache to classify.
 *
 * Errors are recognised by shape (`name`), as `isRecoverableError` does, so errors from
 * any copy of `@stskit/sts` are treated alike.
 *
 * @param error - what the STS call rejected with
 * @param providerName - starts the message, e.g. `fromAssumeRole`
 *
 * @internal
 */
export function asConfigurationError(error: unknown, providerName: string): unknown {
  if (!(error instanceof Error)) return error;
  // `StsValidationError`: caught by the client; `ValidationError`: STS's own wire code.
  if (error.name !== 'StsValidationError' && error.name !== 'ValidationError') return error;
  return new CredentialsError(`${providerName}: ${error.message}`, { kind: 'InvalidConfiguration', cause: error });
}
