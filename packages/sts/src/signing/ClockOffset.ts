/** A source of the current time in epoch milliseconds; inject one to test with fake time. */
export interface Clock {
  now(): number;
}

/** @public */
export const systemClock: Clock = { now: () => Date.now() };

/** STS refuses request times more than 5 minutes off; a smaller difference needs no correction. */
const SKEW_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * The difference between this machine's clock and STS's, learnt from the `Date` header of
 * replies and kept for the life of the client, so a machine with a wrong clock still signs
 * request times STS accepts.
 *
 * @internal
 */
export class ClockOffset {
  #offsetMs = 0;
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** The time to sign with: the local clock corrected by the learnt offset. */
  signingDate(): Date {
    return new Date(this.#clock.now() + this.#offsetMs);
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  /**
   * Learns from a reply's `Date` header; returns true when the offset changed, that is
   * when the corrected clock was more than 5 minutes away from the server's.
   */
  update(dateHeader: string | undefined): boolean {
    if (!dateHeader) return false;
    const serverTime = Date.parse(dateHeader);
    if (Number.isNaN(serverTime)) return false;
    const localTime = this.#clock.now();
    if (Math.abs(serverTime - (localTime + this.#offsetMs)) < SKEW_TOLERANCE_MS) return false;
    this.#offsetMs = serverTime - localTime;
    return true;
  }
}
