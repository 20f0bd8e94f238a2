import { systemClock } from '../src/clock.js';
import { ManualClock } from '../src/ManualClock.js';
import { createRefreshingProvider } from '../src/refreshingProvider.js';
import type { Credentials } from '../src/types.js';
import { FakeSource, HOUR, MINUTE, SECOND, track, waited, type TrackedCall } from './fakeSource.js';

function setup(random = 0) {
  const clock = new ManualClock();
  const source = new FakeSource(clock);
  const provider = createRefreshingProvider(source.fetch, { clock, refresh: 'background', random: () => random });
  return { clock, source, provider };
}

describe('background refresh', () => {
  it('should make no caller wait on the network over a day of 15-minute credentials', async () => {
    const { clock, source, provider } = setup(Math.random());
    source.latencyMs = 2 * SECOND;
    const calls: TrackedCall[] = [];
    for (let elapsed = 0; elapsed < 24 * HOUR; elapsed += 10 * SECOND) {
      calls.push(track(clock, provider()));
      await clock.advance(10 * SECOND);
    }
    const waitedCalls = calls.filter(waited);
    expect(waitedCalls).toEqual([calls[0]]); // only the very first call, which had nothing cached
    expect(calls.every((call) => call.value !== undefined && call.value.expiration!.getTime() > call.startedAt)).toBe(true);
    expect(source.calls).toBeGreaterThanOrEqual(24 * 4);
    expect(source.calls).toBeLessThanOrEqual(24 * 6 + 1);
    provider.close();
  });

  it.each([
    { random: 0, firesAfter: 10 * MINUTE },
    { random: 0.999, firesAfter: 10 * MINUTE + 0.999 * MINUTE },
  ])('should refresh in the first quarter of the advisory window (random $random)', async ({ random, firesAfter }) => {
    const { clock, source, provider } = setup(random);
    const first = provider();
    await clock.advance(source.latencyMs);
    await first;
    expect(clock.pendingTimers).toBe(1);
    await clock.advance(firesAfter - 1);
    expect(source.calls).toBe(1);
    await clock.advance(1);
    expect(source.calls).toBe(2);
    provider.close();
  });

  it('should reschedule after a failure with backoff, and after success at the next window', async () => {
    const { clock, source, provider } = setup(0);
    source.lifetimeMs = 12 * HOUR;
    const first = track(clock, provider());
    await clock.advance(source.latencyMs);
    source.failWith = new Error('Throttling');
    await clock.advance(11 * HOUR + source.latencyMs); // the timer fires at the advisory window, and fails
    expect(source.calls).toBe(2);
    await clock.advance(5 * MINUTE - 1);
    expect(source.calls).toBe(2);
    source.failWith = undefined;
    await clock.advance(1); // the retry timer, 5 minutes later
    expect(source.calls).toBe(3);
    await clock.advance(source.latencyMs);
    const refreshed = await provider();
    expect(refreshed.accessKeyId).toBe('ASIAFAKE3');
    expect(refreshed).not.toBe(first.value);
    expect(clock.pendingTimers).toBe(1);
    provider.close();
  });

  it('should leave no timer after close, and keep working lazily', async () => {
    const { clock, source, provider } = setup();
    const first = provider();
    await clock.advance(source.latencyMs);
    await first;
    provider.close();
    expect(clock.pendingTimers).toBe(0);
    await clock.advance(15 * MINUTE);
    const later = track(clock, provider());
    await clock.advance(source.latencyMs);
    expect(later.value?.accessKeyId).toBe('ASIAFAKE2');
    expect(clock.pendingTimers).toBe(0);
    provider.close();
  });

  it('should not schedule after close even when a refresh was in flight', async () => {
    const { clock, source, provider } = setup();
    const first = provider();
    provider.close();
    await clock.advance(source.latencyMs);
    await first;
    expect(clock.pendingTimers).toBe(0);
  });

  it('should keep no real timer open after close on the system clock', async () => {
    const credentials: Credentials = {
      accessKeyId: 'ASIAREAL',
      secretAccessKey: 'secret',
      expiration: new Date(systemClock.now() + HOUR),
    };
    const provider = createRefreshingProvider(async () => credentials, { refresh: 'background' });
    await expect(provider()).resolves.toBe(credentials);
    provider.close();
  });
});
