/** @internal */
export const RETRY_BACKOFF_MIN_MS = 300_000;
/** @internal */
export const RETRY_BACKOFF_MAX_MS = 600_000;

/**
 * How long to wait before retrying a failed refresh while cached credentials are still
 * served: a random delay between 5 and 10 minutes, so a fleet of processes that lost
 * their source together does not come back in lockstep, never longer than `maxDelayMs`
 * (the time to the next window boundary), so the retry always happens in time.
 *
 * @param random - a uniform source in [0, 1), `Math.random` outside tests
 * @param maxDelayMs - the latest the retry may happen, relative to now
 *
 * @internal
 */
export function retryDelayMs(random: () => number, maxDelayMs: number): number {
  const delay = RETRY_BACKOFF_MIN_MS + random() * (RETRY_BACKOFF_MAX_MS - RETRY_BACKOFF_MIN_MS);
  return Math.max(0, Math.min(delay, maxDelayMs));
}
