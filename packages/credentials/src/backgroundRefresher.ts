import type { Clock, Scheduler } from './clock.js';
import type { RefreshWindows } from './refreshWindows.js';

/**
 * Node clamps longer timer delays to 1 ms, firing at once; longer waits are made of
 * several timers.
 */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/**
 * When a background refresh starts: at a random moment in the first quarter of the
 * advisory window, so that many providers (or processes) whose credentials were issued
 * together do not all call STS in the same instant, while leaving most of the window for
 * retries before callers must wait.
 *
 * @param random - a uniform source in [0, 1)
 *
 * @internal
 */
export function backgroundRefreshAt(windows: RefreshWindows, random: () => number): number {
  return windows.advisoryAt + random() * ((windows.mandatoryAt - windows.advisoryAt) / 4);
}

/**
 * One refresh timer: scheduling replaces the pending timer, and after `close` nothing is
 * ever scheduled again. The timer is the scheduler's (unref'd for the system one), so it
 * never keeps a process alive.
 *
 * @internal
 */
export class BackgroundRefresher {
  readonly #clock: Clock;
  readonly #scheduler: Scheduler;
  readonly #refresh: () => void;
  #timer: unknown;
  #closed = false;

  constructor(clock: Clock, scheduler: Scheduler, refresh: () => void) {
    this.#clock = clock;
    this.#scheduler = scheduler;
    this.#refresh = refresh;
  }

  /** Runs the refresh at `epochMs` (at once if that has passed), replacing any pending one. */
  scheduleAt(epochMs: number): void {
    this.cancel();
    if (this.#closed || !Number.isFinite(epochMs)) return;
    const delayMs = Math.max(0, epochMs - this.#clock.now());
    this.#timer = this.#scheduler.setTimeout(() => {
      this.#timer = undefined;
      // A clamped delay wakes up early: wait again for the rest.
      if (this.#clock.now() < epochMs) this.scheduleAt(epochMs);
      else this.#refresh();
    }, Math.min(delayMs, MAX_TIMER_DELAY_MS));
  }

  /** Clears the pending timer, if any. */
  cancel(): void {
    if (this.#timer === undefined) return;
    this.#scheduler.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Clears the pending timer for good. */
  close(): void {
    this.#closed = true;
    this.cancel();
  }
}
