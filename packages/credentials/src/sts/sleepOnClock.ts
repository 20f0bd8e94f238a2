import { setTimeout as delay } from 'node:timers/promises';
import { isScheduler, systemClock, type Clock } from '../clock.js';

/**
 * Waits `ms` on a provider's clock, for a provider that retries a call after a pause (as
 * the web identity provider does while STS fetches an identity provider's keys). On a
 * clock that schedules (such as `ManualClock`) the wait is fake time, so tests advance the
 * clock instead of sleeping.
 *
 * On the system clock the timer is a normal, ref'd one, unlike the cache's background
 * timers: a caller is awaiting this wait, and an unref'd timer would let a process exit
 * with that call unsettled.
 *
 * @param ms - how long to wait
 * @param clock - the provider's `clock` option
 * @defaultValue clock: `systemClock`
 *
 * @public
 */
export function sleepOnClock(ms: number, clock: Clock = systemClock): Promise<void> {
  if (isScheduler(clock)) return new Promise((resolve) => clock.setTimeout(() => resolve(), ms));
  return delay(ms);
}
