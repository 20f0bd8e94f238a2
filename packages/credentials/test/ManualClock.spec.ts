import { ManualClock } from '../src/ManualClock.js';

describe(ManualClock.name, () => {
  it('should start at the given time and move only when advanced', async () => {
    const clock = new ManualClock(1_000);
    expect(clock.now()).toBe(1_000);
    await clock.advance(250);
    expect(clock.now()).toBe(1_250);
  });

  it('should fire due timers in time order, each at its own time, including timers they schedule', async () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => {
      fired.push(`a@${clock.now()}`);
      clock.setTimeout(() => fired.push(`c@${clock.now()}`), 15);
    }, 10);
    clock.setTimeout(() => fired.push(`late@${clock.now()}`), 100);
    await clock.advance(50);
    expect(fired).toEqual(['a@10', 'b@20', 'c@25']);
    expect(clock.pendingTimers).toBe(1);
  });

  it('should run promise callbacks a timer triggers before moving on', async () => {
    const clock = new ManualClock(0);
    const order: string[] = [];
    clock.setTimeout(() => void Promise.resolve().then(() => order.push(`then@${clock.now()}`)), 10);
    clock.setTimeout(() => order.push(`timer@${clock.now()}`), 20);
    await clock.advance(30);
    expect(order).toEqual(['then@10', 'timer@20']);
  });

  it('should not fire cleared timers', async () => {
    const clock = new ManualClock(0);
    let fired = false;
    const handle = clock.setTimeout(() => (fired = true), 10);
    clock.clearTimeout(handle);
    clock.clearTimeout(12345);
    await clock.advance(20);
    expect(fired).toBe(false);
    expect(clock.pendingTimers).toBe(0);
  });
});
