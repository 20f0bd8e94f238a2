import { isScheduler, systemScheduler } from './clock.js';
import { describeValue } from './describeValue.js';
import { RefreshingCache } from './RefreshingCache.js';
import { unexpectedError } from './refreshError.js';
import { checkRefreshingProviderOptions } from './refreshingProviderOptions.js';
import { shareInFlight } from './singleFlight.js';
import type { CredentialProvider, CredentialProviderCallOptions, Credentials, RefreshOptions } from './types.js';

/**
 * Options of {@link createRefreshingProvider}: the shared {@link RefreshOptions}, plus
 * what the provider being built tells the cache about itself.
 *
 * @public
 */
export interface RefreshingProviderOptions extends RefreshOptions {
  /**
   * Names the provider in error messages, e.g. `fromAssumeRole`.
   * @defaultValue 'credentials provider'
   */
  readonly providerName?: string;
  /**
   * Identifies the request `fetch` sends. Providers given the same key share one fetch
   * in flight (each still keeps its own cache), so 100 providers assuming the same role
   * make one STS call. It must cover everything that changes the result: the operation,
   * every request member and the identity of the source credentials. A stable JSON of
   * them does. Without a key, fetches are shared only by the callers of this provider.
   */
  readonly cacheKey?: string;
  /**
   * Whether retrying may fix a failed fetch: if so, still-valid credentials keep being
   * served while the cache retries with backoff; if not, the error reaches callers once
   * the credentials enter their mandatory window.
   * @defaultValue {@link isRecoverableError}
   */
  readonly isRecoverable?: (error: unknown) => boolean;
  /**
   * The random source for backoff and jitter, uniform in [0, 1); injected by tests.
   * @defaultValue Math.random
   */
  readonly random?: () => number;
}

/**
 * Wraps `fetch` in the refreshing, single-flight cache every stskit provider uses:
 * cached credentials are returned at once, refreshed ahead of expiry in windows tiered by
 * their lifetime, and served through a failing source for as long as they are valid.
 * Expired credentials are never returned. See the README for the full specification.
 *
 * @param fetch - gets new credentials (called once per refresh, however many callers)
 * @param options - refresh mode, clock, hooks, and the sharing key
 * @returns a provider usable as the `credentials` of any AWS SDK v3 client
 * @throws TypeError when `fetch` is no function or an option has the wrong type (`refresh`
 *   neither `'lazy'` nor `'background'`, `clock` without `now()`, …), naming the option;
 *   the provider's calls never throw: they reject with a `CredentialsError`
 *
 * @example
 * ```ts
 * export function fromSessionToken(init: FromSessionTokenInit): CredentialProvider {
 *   const client = init.client ?? new StsClient(init.clientConfig);
 *   return createRefreshingProvider(
 *     async () => fromStsCredentials((await client.getSessionToken({})).Credentials!),
 *     { ...init, providerName: 'fromSessionToken' },
 *   );
 * }
 * ```
 *
 * @public
 */
export function createRefreshingProvider(
  fetch: () => Promise<Credentials>,
  options: RefreshingProviderOptions = {},
): CredentialProvider {
  if (typeof fetch !== 'function') throw new TypeError(`fetch must be a function, got ${describeValue(fetch)}`);
  const checked = checkRefreshingProviderOptions(options);
  const { cacheKey, clock, providerName } = checked;
  const cache = new RefreshingCache({
    ...checked,
    fetch: cacheKey === undefined ? fetch : () => shareInFlight(cacheKey, fetch),
    scheduler: isScheduler(clock) ? clock : systemScheduler,
  });
  const provider = (callOptions?: CredentialProviderCallOptions): Promise<Credentials> => {
    // A call never throws: what a user-given clock (or a call option's getter) throws
    // becomes a rejection. The try costs the cached call nothing.
    try {
      return cache.get(callOptions?.forceRefresh === true);
    } catch (error) {
      return Promise.reject(unexpectedError(providerName, error));
    }
  };
  return Object.assign(provider, { close: () => cache.close() });
}
