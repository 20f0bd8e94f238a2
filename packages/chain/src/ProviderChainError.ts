import { CredentialsError, type CredentialsErrorKind } from '@stskit/credentials';

/**
 * One link's attempt in a chain: the link's name and why it gave no credentials.
 *
 * @public
 */
export interface ProviderAttempt {
  /** The link's name, as given to {@link chain} (or its function name). */
  readonly provider: string;
  /** Why it gave no credentials; never a secret. */
  readonly reason: string;
  /** What the link threw. */
  readonly error: unknown;
}

/**
 * What a {@link chain} rejects with: either every link passed (`kind: 'NotLoaded'`, so an
 * enclosing chain moves on too) or one link failed for real and stopped the chain (that
 * link's kind). `attempts` lists every link tried, in order; the message lists them too.
 *
 * @example
 * ```
 * no credentials: every provider in the chain passed
 *   - environment: AWS_ACCESS_KEY_ID is not set
 *   - profile: profile "default" is not in ~/.aws/config or ~/.aws/credentials
 * ```
 *
 * @public
 */
export class ProviderChainError extends CredentialsError {
  override name = 'ProviderChainError';
  readonly attempts: readonly ProviderAttempt[];

  constructor(message: string, options: { readonly kind: CredentialsErrorKind; readonly attempts: readonly ProviderAttempt[]; readonly cause?: unknown }) {
    super(message, options);
    this.attempts = options.attempts;
  }

  /** Every link passed: lists each one and why. @internal */
  static allPassed(attempts: readonly ProviderAttempt[]): ProviderChainError {
    const lines = attempts.map((attempt) => `  - ${attempt.provider}: ${attempt.reason}`);
    return new ProviderChainError(['no credentials: every provider in the chain passed', ...lines].join('\n'), {
      kind: 'NotLoaded',
      attempts,
    });
  }

  /** The last attempt failed for real and stopped the chain. @internal */
  static stoppedBy(attempts: readonly ProviderAttempt[], kind: CredentialsErrorKind): ProviderChainError {
    const failed = attempts[attempts.length - 1]!;
    const passed = attempts.slice(0, -1).map((attempt) => `${attempt.provider} (${attempt.reason})`);
    const after = passed.length === 0 ? '' : `\n  after passing over: ${passed.join('; ')}`;
    return new ProviderChainError(`${failed.provider} failed: ${failed.reason}${after}`, {
      kind,
      attempts,
      cause: failed.error,
    });
  }
}
