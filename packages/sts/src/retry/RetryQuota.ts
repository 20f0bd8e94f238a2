const INITIAL_TOKENS = 500;
const RETRY_COST = 5;
/** Timeouts cost more: during an outage they are what piles up. */
const TIMEOUT_RETRY_COST = 10;
const SUCCESS_REFUND = 1;

/**
 * The standard retry mode's token bucket, shared by all calls of one client: when most
 * attempts fail, retries stop being spent and calls fail fast instead of multiplying the load.
 *
 * @internal
 */
export class RetryQuota {
  #tokens = INITIAL_TOKENS;

  /** Takes the cost of one retry and returns it; `undefined` when the bucket cannot pay. */
  acquire(isTimeout: boolean): number | undefined {
    const cost = isTimeout ? TIMEOUT_RETRY_COST : RETRY_COST;
    if (this.#tokens < cost) return undefined;
    this.#tokens -= cost;
    return cost;
  }

  /** A success refunds a retry's cost if it was retried, else one token, up to the initial amount. */
  release(retryCost: number | undefined): void {
    this.#tokens = Math.min(INITIAL_TOKENS, this.#tokens + (retryCost ?? SUCCESS_REFUND));
  }

  get available(): number {
    return this.#tokens;
  }
}
