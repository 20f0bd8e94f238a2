import { setImmediate } from 'node:timers';
import type { Clock, Scheduler } from './clock.js';

interface ManualTimer {
  readonly at: number;
  readonly callback: () => void;
}

/**
 * A clock and scheduler that move only when told to, for testing refresh logic in
 * milliseconds with no real waiting: pass it as a provider's `clock` and it drives both
 * the time and the background refresh timers.
 *
 * `advance` fires due timers in time order, letting pending promise callbacks run before
 * and after each (it yields to Node's event loop with `setImmediate`, so do not combine it
 * with fake timers that replace `setImmediate`).
 *
 * @example
 * ```ts
 * const clock = new ManualClock(Date.parse('2025-01-01T00:00:00Z'));
 * const provider = fromAssumeRole({ roleArn, clock, refresh: 'background' });
 * await provider();
 * await clock.advance(50 * 60_000); // the background refresh has run
 * provider.close();
 * expect(clock.pendingTimers).toBe(0);
 * ```
 *
 * @public
 */
export class ManualClock implements Clock, Scheduler {
  #now: number;
  readonly #timers = new Map<number, ManualTimer>();
  #nextHandle = 1;

  /** @param startEpochMs - the initial time, in epoch milliseconds */
  constructor(startEpochMs = Date.UTC(2025, 0, 1)) {
    this.#now = startEpochMs;
  }

  /** The current fake time, in epoch milliseconds. */
  now(): number {
    return this.#now;
  }

  /** Schedules `callback` at `delayMs` (at least 0) from the current fake time; returns a handle. */
  setTimeout(callback: () => void, delayMs: number): number {
    const handle = this.#nextHandle++;
    this.#timers.set(handle, { at: this.#now + Math.max(0, delayMs), callback });
    return handle;
  }

  /** Cancels a timer; unknown handles are ignored. */
  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** How many timers are scheduled and not yet fired or cleared. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /**
   * Moves time forward by `ms`, firing every timer that falls due on the way (including
   * timers those callbacks schedule), each at its own time.
   */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    await settle();
    for (let next = this.#nextDue(target); next !== undefined; next = this.#nextDue(target)) {
      const [handle, timer] = next;
      this.#timers.delete(handle);
      this.#now = Math.max(this.#now, timer.at);
      timer.callback();
      await settle();
    }
    this.#now = target;
    await settle();
  }

  /** The earliest timer due by `target`, first scheduled first among equals. */
  #nextDue(target: number): [number, ManualTimer] | undefined {
    let earliest: [number, ManualTimer] | undefined;
    for (const entry of this.#timers) {
      if (entry[1].at <= target && (earliest === undefined || entry[1].at < earliest[1].at)) earliest = entry;
    }
    return earliest;
  }
}

/** Lets every pending promise callback run: Node drains microtasks before an immediate. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
