import pMemoize from 'p-memoize';
import type { Credentials } from './types.js';

/**
 * Fetches in flight, keyed by request. `cache: false` keeps only the promise while it is
 * pending (p-memoize drops it once it settles), so nothing is ever served from here once
 * a fetch is done: each provider's own cache holds results and decides their freshness.
 */
const fetchInFlight = pMemoize((_key: string, fetch: () => Promise<Credentials>) => fetch(), {
  cacheKey: ([key]) => key,
  cache: false,
});

/**
 * Runs `fetch`, unless a fetch with the same key is already in flight, in which case its
 * result is shared: separate providers sending the same request (same role, parameters
 * and source identity) make one call.
 *
 * @param key - identifies the request; must cover everything that changes the result
 * @param fetch - the call to make when none with this key is in flight
 *
 * @internal
 */
export function shareInFlight(key: string, fetch: () => Promise<Credentials>): Promise<Credentials> {
  return fetchInFlight(key, fetch);
}
