import type { Credentials } from '../src/types.js';
import type { ManualClock } from '../src/ManualClock.js';

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/**
 * A credential source on fake time: each fetch takes `latencyMs` of the clock's time, then
 * returns credentials valid for `lifetimeMs` (or none, for static ones), or throws `failWith`.
 */
export class FakeSource {
  calls = 0;
  lifetimeMs: number | undefined = 15 * MINUTE;
  latencyMs = 100;
  failWith: unknown = undefined;

  constructor(private readonly clock: ManualClock) {}

  readonly fetch = async (): Promise<Credentials> => {
    const call = ++this.calls;
    await new Promise((resolve) => this.clock.setTimeout(() => resolve(undefined), this.latencyMs));
    if (this.failWith !== undefined) throw this.failWith;
    return {
      accessKeyId: `ASIAFAKE${call}`,
      secretAccessKey: `secret-${call}`,
      sessionToken: `token-${call}`,
      ...(this.lifetimeMs === undefined ? {} : { expiration: new Date(this.clock.now() + this.lifetimeMs) }),
    };
  };
}

/** A call whose outcome and fake settle time are recorded, so tests can tell if it waited. */
export interface TrackedCall {
  readonly startedAt: number;
  settledAt: number | undefined;
  value: Credentials | undefined;
  error: unknown;
}

export function track(clock: ManualClock, call: Promise<Credentials>): TrackedCall {
  const tracked: TrackedCall = { startedAt: clock.now(), settledAt: undefined, value: undefined, error: undefined };
  call.then(
    (value) => Object.assign(tracked, { value, settledAt: clock.now() }),
    (error: unknown) => Object.assign(tracked, { error, settledAt: clock.now() }),
  );
  return tracked;
}

/** Whether a settled call had to wait on the (fake) network. */
export function waited(call: TrackedCall): boolean {
  if (call.settledAt === undefined) throw new Error('the call has not settled');
  return call.settledAt > call.startedAt;
}

/** An STS service error by shape, as `@stskit/sts` throws it. */
export function stsServiceError(code: string, retryable: boolean): Error {
  return Object.assign(new Error(`${code}: simulated`), { name: code, code, retryable, statusCode: 403 });
}
