import type { RetryKind } from './classifyError.js';

/** Throttling backs off harder than a transient fault: hammering a rate limit prolongs it. */
const BASE_DELAY_MS: Readonly<Record<RetryKind, number>> = { transient: 100, throttling: 500 };
const MAX_DELAY_MS = 20_000;

/**
 * Full-jitter exponential backoff of the standard retry mode:
 * `random × min(base × 2^(attempt−1), 20 s)`, where `attempt` is the attempt that failed.
 *
 * @internal
 */
export function backoffDelay(kind: RetryKind, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BASE_DELAY_MS[kind] * 2 ** (attempt - 1), MAX_DELAY_MS);
  return Math.floor(random() * ceiling);
}
