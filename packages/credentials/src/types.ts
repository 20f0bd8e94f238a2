import type { AwsCredentialIdentity } from '@smithy/types';
import type { Clock } from './clock.js';
import type { CredentialsError } from './CredentialsError.js';

/**
 * AWS credentials as every stskit provider returns them: the AWS SDK v3
 * `AwsCredentialIdentity`, so they plug into any SDK v3 client.
 *
 * `expiration` is absent for long-term (static) credentials, which are never refreshed.
 * `accountId` is set when the provider knows it (for example from an assumed role's ARN),
 * which lets SDK v3 clients use account-based endpoints.
 *
 * @public
 */
export interface Credentials extends AwsCredentialIdentity {
  /** When the credentials stop being accepted; absent for long-term credentials. */
  readonly expiration?: Date;
  /** The AWS account the credentials belong to, when known. */
  readonly accountId?: string;
}

/**
 * What a credential provider accepts on each call. These are the identity properties
 * AWS SDK v3 passes to identity providers; other properties it passes are ignored.
 *
 * @public
 */
export interface CredentialProviderCallOptions {
  /**
   * Fetch new credentials even if the cached ones are fresh, and wait for them.
   * A fetch already in flight is joined rather than duplicated.
   * @defaultValue false
   */
  readonly forceRefresh?: boolean;
}

/**
 * A credential provider: call it for credentials. Usable directly as the `credentials`
 * of any AWS SDK v3 client.
 *
 * @example
 * ```ts
 * const sts = new STSClient({ credentials: fromAssumeRole({ roleArn }) });
 * ```
 *
 * @public
 */
export interface CredentialProvider {
  (options?: CredentialProviderCallOptions): Promise<Credentials>;
  /**
   * Stops background work (the background refresh timer), so a process can exit. The
   * provider keeps working afterwards, refreshing lazily when called; `close` is idempotent.
   */
  close(): void;
}

/**
 * When a provider refreshes credentials ahead of expiry.
 *
 * - `'lazy'`: a call that finds the credentials in their advisory window starts the
 *   refresh (and still gets the cached credentials at once).
 * - `'background'`: an unref'd timer starts the refresh early in the advisory window
 *   (with jitter), so no caller waits on the network; for long-running daemons.
 *
 * @public
 */
export type RefreshMode = 'lazy' | 'background';

/**
 * The refresh options every stskit provider accepts, beside its own request options.
 *
 * @public
 */
export interface RefreshOptions {
  /**
   * How to refresh ahead of expiry.
   * @defaultValue 'lazy'
   */
  readonly refresh?: RefreshMode;
  /**
   * The time source (epoch milliseconds). When it is also a {@link Scheduler}, as
   * {@link ManualClock} is, background refresh timers run on it too, so one fake clock
   * drives the whole cache in tests.
   * @defaultValue {@link systemClock}
   */
  readonly clock?: Clock;
  /**
   * Called with each newly fetched set of credentials. A throwing hook is ignored: it
   * never breaks the cache.
   */
  readonly onRefresh?: (credentials: Credentials) => void;
  /**
   * Called with each failed fetch, as the {@link CredentialsError} callers would get
   * (the fetch's own error wrapped as its `cause`, unless it already was one), including
   * failures callers never see because cached credentials were still valid. A throwing
   * hook is ignored.
   */
  readonly onRefreshError?: (error: CredentialsError) => void;
}
