import { createRefreshingProvider, type CredentialProvider, type Credentials, type RefreshOptions } from '@stskit/credentials';
import type { FileCredentialsCache } from './FileCredentialsCache.js';

// The AWS CLI treats an entry with 15 minutes or less left as expired; so do we, so that
// neither hands the other credentials it would refuse.
const MINIMUM_TTL_MS = 15 * 60_000;

/** @internal */
export interface FileCacheOptions extends RefreshOptions {
  readonly cache: FileCredentialsCache;
  readonly key: string;
  readonly providerName: string;
}

/**
 * Puts a file cache in front of an STS provider: a fresh enough entry is used without
 * calling the provider at all (so without its source credentials or an MFA prompt);
 * otherwise the provider fetches and the result is written for the next process.
 *
 * A cache that cannot be written costs nothing but the sharing: the credentials are still
 * returned.
 *
 * @internal
 */
export function withFileCache(provider: CredentialProvider, options: FileCacheOptions): CredentialProvider {
  const now = (): number => (options.clock ?? Date).now();
  const fetch = async (): Promise<Credentials> => {
    const cached = await options.cache.read(options.key, now(), MINIMUM_TTL_MS);
    if (cached !== undefined) return cached;
    const fresh = await provider({ forceRefresh: true });
    await options.cache.write(options.key, fresh).catch(() => undefined);
    return fresh;
  };
  const cached = createRefreshingProvider(fetch, options);
  return Object.assign((callOptions?: Parameters<CredentialProvider>[0]) => cached(callOptions), {
    close: () => {
      cached.close();
      provider.close();
    },
  });
}
