/**
 * Time as local-sts sees it. Every expiry, signature-date check, TOTP window and CloudTrail
 * timestamp reads this clock, so a test can move time instead of sleeping.
 *
 * @public
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** @public */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock that follows a base clock plus an offset the test controls, so `advanceTime`
 * works whether the base is the system clock or one shared with in-process clients.
 *
 * @internal
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly base: Clock) {}

  now(): number {
    return this.base.now() + this.offsetMs;
  }

  /** Moves time forward by `ms` (backward when negative). */
  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new TypeError(`advanceTime expects a finite number of milliseconds, got ${ms}`);
    this.offsetMs += ms;
  }

  /** Jumps to `epochMs`. */
  set(epochMs: number): void {
    if (!Number.isFinite(epochMs)) throw new TypeError(`setTime expects epoch milliseconds, got ${epochMs}`);
    this.offsetMs = epochMs - this.base.now();
  }
}

/** ISO 8601 UTC without milliseconds, the form STS uses for `Expiration`. @internal */
export function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
