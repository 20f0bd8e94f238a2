import { systemClock } from '../../src/clock.js';
import { ManualClock } from '../../src/ManualClock.js';
import { sleepOnClock } from '../../src/sts/sleepOnClock.js';

/** Timers keeping the event loop alive (ref'd ones: unref'd timers are not listed). */
function refdTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

/** Records when `promise` settles, so a test can ask whether it has yet. */
function watch(promise: Promise<void>): { readonly settled: () => boolean } {
  let settled = false;
  void promise.then(() => (settled = true));
  return { settled: () => settled };
}

describe(`${sleepOnClock.name} on a ManualClock`, () => {
  it('should resolve only once the clock has advanced by the wait', async () => {
    const clock = new ManualClock();
    const sleeping = watch(sleepOnClock(1_000, clock));
    await clock.advance(999);
    expect(sleeping.settled()).toBe(false);
    await clock.advance(1);
    expect(sleeping.settled()).toBe(true);
  });

  it('should wait on the clock, one timer, and on no real timer', async () => {
    const clock = new ManualClock();
    const before = refdTimers();
    const sleep = sleepOnClock(60_000, clock);
    expect(clock.pendingTimers).toBe(1);
    expect(refdTimers()).toBe(before);
    await clock.advance(60_000);
    await expect(sleep).resolves.toBeUndefined();
    expect(clock.pendingTimers).toBe(0);
  });

  it('should resolve waits in the order they fall due, not the order they began', async () => {
    const clock = new ManualClock();
    const order: string[] = [];
    const waits = [
      sleepOnClock(3_000, clock).then(() => order.push('3 s')),
      sleepOnClock(1_000, clock).then(() => order.push('1 s')),
      sleepOnClock(2_000, clock).then(() => order.push('2 s')),
    ];
    await clock.advance(3_000);
    await Promise.all(waits);
    expect(order).toEqual(['1 s', '2 s', '3 s']);
  });
});

describe(`${sleepOnClock.name} on the system clock`, () => {
  it('should not resolve at once, and resolve later', async () => {
    const sleep = sleepOnClock(1, systemClock);
    const sleeping = watch(sleep);
    await Promise.resolve();
    expect(sleeping.settled()).toBe(false);
    await expect(sleep).resolves.toBeUndefined();
  });

  it('should resolve shorter waits before longer ones', async () => {
    const order: string[] = [];
    await Promise.all([
      sleepOnClock(20, systemClock).then(() => order.push('longer')),
      sleepOnClock(1, systemClock).then(() => order.push('shorter')),
    ]);
    expect(order).toEqual(['shorter', 'longer']);
  });

  it.each([
    { what: 'no clock', clock: undefined },
    { what: 'a clock that cannot schedule', clock: { now: () => 0 } },
  ])('should use a real timer given $what, though that clock never moves', async ({ clock }) => {
    await expect(sleepOnClock(1, clock)).resolves.toBeUndefined();
  });

  it('should keep the process alive while a caller waits (a ref\'d timer, unlike background refresh)', async () => {
    const before = refdTimers();
    const sleep = sleepOnClock(1, systemClock);
    expect(refdTimers()).toBe(before + 1);
    await sleep;
  });
});
