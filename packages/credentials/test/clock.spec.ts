import { isScheduler, systemClock, systemScheduler } from '../src/clock.js';
import { ManualClock } from '../src/ManualClock.js';

describe('systemScheduler', () => {
  it('should create timers that never keep the process alive', () => {
    const handle = systemScheduler.setTimeout(() => {}, 60_000) as NodeJS.Timeout;
    expect(handle.hasRef()).toBe(false);
    systemScheduler.clearTimeout(handle);
  });
});

describe(isScheduler.name, () => {
  it.each([
    { name: 'the system clock', clock: systemClock, scheduler: false },
    { name: 'a manual clock', clock: new ManualClock(), scheduler: true },
  ])('should tell whether $name can schedule: $scheduler', ({ clock, scheduler }) => {
    expect(isScheduler(clock)).toBe(scheduler);
  });
});
