import { CredentialsError } from '../src/CredentialsError.js';
import { ManualClock } from '../src/ManualClock.js';
import { createRefreshingProvider } from '../src/refreshingProvider.js';
import type { Credentials } from '../src/types.js';
import { FakeSource, MINUTE } from './fakeSource.js';

describe('refresh hooks', () => {
  it('should report every fetched set of credentials and every failed refresh', async () => {
    const clock = new ManualClock();
    const source = new FakeSource(clock);
    const refreshed: Credentials[] = [];
    const failures: CredentialsError[] = [];
    const provider = createRefreshingProvider(source.fetch, {
      clock,
      onRefresh: (credentials) => refreshed.push(credentials),
      onRefreshError: (error) => failures.push(error),
    });
    const first = provider();
    await clock.advance(source.latencyMs);
    expect(refreshed).toEqual([await first]);

    const outage = new Error('socket hang up');
    source.failWith = outage;
    await clock.advance(10 * MINUTE);
    await provider(); // served; the refresh behind it fails
    await clock.advance(source.latencyMs);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(CredentialsError);
    expect(failures[0]?.cause).toBe(outage);
  });

  it.each([
    {
      name: 'throw',
      hook: () => {
        throw new Error('logger down');
      },
    },
    { name: 'reject', hook: () => Promise.reject(new Error('logger down')) },
  ])('should keep the cache working when hooks $name', async ({ hook }) => {
    const clock = new ManualClock();
    const source = new FakeSource(clock);
    const provider = createRefreshingProvider(source.fetch, { clock, onRefresh: hook, onRefreshError: hook });
    const first = provider();
    await clock.advance(source.latencyMs);
    expect((await first).accessKeyId).toBe('ASIAFAKE1');
    await expect(provider()).resolves.toBe(await first);

    source.failWith = new Error('socket hang up');
    await clock.advance(15 * MINUTE);
    const failed = provider();
    await clock.advance(source.latencyMs);
    await expect(failed).rejects.toMatchObject({ cause: source.failWith });
  });
});
