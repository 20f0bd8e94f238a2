import { createRequire } from 'node:module';

// From the package's bundled CommonJS build: its ESM build is a tree of modules that costs a
// fresh process far more to load, and every provider's import pays for it.
const { CredentialsProviderError } = createRequire(import.meta.url)(
  '@smithy/property-provider',
) as typeof import('@smithy/property-provider');

/**
 * Why a provider could not give credentials. A closed set, so every caller can handle
 * every case:
 *
 * - `NotLoaded`: this provider does not apply here (its environment variables or profile
 *   are absent). The only kind that lets a chain try its next provider.
 * - `InvalidConfiguration`: the provider applies but is set up wrongly (a bad role ARN,
 *   an unreadable token file). Fixing the setup is the only remedy.
 * - `ProviderFailed`: the provider applies and tried, but the source of credentials
 *   failed (STS refused or was unreachable, or returned unusable credentials).
 * - `Unhandled`: anything else, such as a bug; stops a chain so it is not hidden.
 *
 * @public
 */
export type CredentialsErrorKind = 'NotLoaded' | 'InvalidConfiguration' | 'ProviderFailed' | 'Unhandled';

/**
 * The second argument of the {@link CredentialsError} constructor.
 *
 * @public
 */
export interface CredentialsErrorOptions {
  /** Why the provider failed; decides `tryNextLink`. */
  readonly kind: CredentialsErrorKind;
  /** The underlying error, kept as the standard `cause`. */
  readonly cause?: unknown;
}

/**
 * The error stskit providers reject with. It extends `@smithy/property-provider`'s
 * `CredentialsProviderError`, so AWS SDK v3 chains understand it: `tryNextLink` follows
 * from `kind` and is true only for `NotLoaded`, so a misconfigured provider stops the
 * chain with its own error instead of falling through to a vague "no provider" one.
 *
 * Messages never contain secrets; `cause` is whatever the source threw (for example an
 * `StsServiceError`).
 *
 * @example
 * ```ts
 * throw new CredentialsError('AWS_ROLE_ARN is not set', { kind: 'NotLoaded' });
 * ```
 *
 * @public
 */
export class CredentialsError extends CredentialsProviderError {
  override name = 'CredentialsError';
  readonly kind: CredentialsErrorKind;

  constructor(message: string, options: CredentialsErrorOptions) {
    super(message, { tryNextLink: options.kind === 'NotLoaded' });
    // The smithy base classes pin the prototype to their own, which would make
    // `instanceof CredentialsError` false; restore ours.
    Object.setPrototypeOf(this, new.target.prototype);
    this.kind = options.kind;
    if (options.cause !== undefined) {
      // Non-enumerable like a native `cause`, so JSON output stays the error's own fields.
      Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
    }
  }
}
