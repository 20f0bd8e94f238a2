/**
 * A source of the current time in epoch milliseconds. Injected wherever the cache reads
 * the time, so tests (and users testing their own refresh logic) can control it.
 *
 * @public
 */
export interface Clock {
  /** The current time in epoch milliseconds, as `Date.now()`. */
  now(): number;
}

/**
 * Timers, injected beside a {@link Clock} so that fake time also drives background
 * refresh. Handles are opaque: whatever `setTimeout` returned is given back to
 * `clearTimeout`.
 *
 * @public
 */
export interface Scheduler {
  /** Calls `callback` once, `delayMs` from now; must not keep the process alive. */
  setTimeout(callback: () => void, delayMs: number): unknown;
  /** Cancels a timer; a handle that already fired or was cleared is ignored. */
  clearTimeout(handle: unknown): void;
}

/**
 * The real clock: `Date.now()`.
 *
 * @public
 */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * Node's timers, unref'd so that a pending background refresh never keeps a process
 * alive.
 *
 * @public
 */
export const systemScheduler: Scheduler = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Whether a clock can also schedule timers (as {@link ManualClock} can).
 *
 * @internal
 */
export function isScheduler(clock: Clock): clock is Clock & Scheduler {
  const candidate = clock as Partial<Scheduler>;
  return typeof candidate.setTimeout === 'function' && typeof candidate.clearTimeout === 'function';
}
