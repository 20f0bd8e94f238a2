import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { CredentialsError } from '../src/CredentialsError.js';
import { ManualClock } from '../src/ManualClock.js';
import { MIN_ATTEMPT_INTERVAL_MS } from '../src/RefreshingCache.js';
import { createRefreshingProvider, type RefreshingProviderOptions } from '../src/refreshingProvider.js';
import { FakeSource, HOUR, MINUTE, SECOND, track, waited } from './fakeSource.js';

function setup(options: RefreshingProviderOptions = {}) {
  const clock = new ManualClock();
  const source = new FakeSource(clock);
  const provider = createRefreshingProvider(source.fetch, { clock, ...options });
  /** Calls the provider and lets the fake network answer. */
  const call = async (callOptions?: { forceRefresh?: boolean }) => {
    const tracked = track(clock, provider(callOptions));
    await clock.advance(source.latencyMs);
    return tracked;
  };
  return { clock, source, provider, call };
}

describe(createRefreshingProvider.name, () => {
  it('should be usable as the credentials of an AWS SDK v3 client', () => {
    const provider: AwsCredentialIdentityProvider = setup().provider;
    expect(typeof provider).toBe('function');
  });

  it('should fetch on the first call and serve the cache afterwards', async () => {
    const { source, call } = setup();
    const first = await call();
    const second = await call();
    expect(source.calls).toBe(1);
    expect(waited(first)).toBe(true);
    expect(waited(second)).toBe(false);
    expect(second.value).toBe(first.value);
  });

  it('should serve cached credentials at once in the advisory window and refresh once behind them', async () => {
    const { clock, source, provider, call } = setup();
    const first = await call();
    await clock.advance(10 * MINUTE); // 15-minute credentials: 5 minutes left
    const inWindow = [track(clock, provider()), track(clock, provider()), track(clock, provider())];
    await clock.advance(source.latencyMs);
    expect(source.calls).toBe(2);
    expect(inWindow.map(waited)).toEqual([false, false, false]);
    expect(inWindow.map((tracked) => tracked.value)).toEqual([first.value, first.value, first.value]);
    expect((await call()).value?.accessKeyId).toBe('ASIAFAKE2');
  });

  it.each([
    { lifetime: 15 * MINUTE, lead: 5 * MINUTE },
    { lifetime: 20 * MINUTE, lead: 5 * MINUTE },
    { lifetime: 20 * MINUTE + 1, lead: 15 * MINUTE },
    { lifetime: 90 * MINUTE, lead: 15 * MINUTE },
    { lifetime: 90 * MINUTE + 1, lead: 60 * MINUTE },
    { lifetime: 12 * HOUR, lead: 60 * MINUTE },
  ])('should start refreshing $lead ms before the expiry of $lifetime ms credentials', async ({ lifetime, lead }) => {
    const { clock, source, provider, call } = setup();
    source.lifetimeMs = lifetime;
    const first = await call(); // received now: the lifetime starts here
    await clock.advance(lifetime - lead - 1);
    await expect(provider()).resolves.toBe(first.value);
    expect(source.calls).toBe(1);
    await clock.advance(1);
    await expect(provider()).resolves.toBe(first.value);
    expect(source.calls).toBe(2);
  });

  it.each([
    { name: 'in the mandatory window', afterMs: 14 * MINUTE + 30 * SECOND },
    { name: 'once expired', afterMs: 15 * MINUTE },
    { name: 'long after expiry', afterMs: 5 * HOUR },
  ])('should make callers wait for new credentials $name', async ({ afterMs }) => {
    const { clock, source, call } = setup();
    await call(); // received now: the lifetime starts here
    await clock.advance(afterMs);
    const later = await call();
    expect(waited(later)).toBe(true);
    expect(later.value?.accessKeyId).toBe('ASIAFAKE2');
    expect(source.calls).toBe(2);
  });

  it('should never refresh credentials without an expiration', async () => {
    const { clock, source, call } = setup();
    source.lifetimeMs = undefined;
    await call();
    await clock.advance(1_000 * 24 * HOUR);
    expect(waited(await call())).toBe(false);
    expect(source.calls).toBe(1);
  });

  it('should make one fetch for 10,000 concurrent callers at expiry', async () => {
    const { clock, source, provider, call } = setup();
    await call();
    await clock.advance(15 * MINUTE);
    const calls = Array.from({ length: 10_000 }, () => provider());
    await clock.advance(source.latencyMs);
    const results = await Promise.all(calls);
    expect(source.calls).toBe(2);
    expect(new Set(results).size).toBe(1);
    expect(results[0]?.accessKeyId).toBe('ASIAFAKE2');
  });

  it('should share one fetch in flight among 100 providers with the same cache key', async () => {
    const clock = new ManualClock();
    const source = new FakeSource(clock);
    const providers = Array.from({ length: 100 }, () =>
      createRefreshingProvider(source.fetch, { clock, cacheKey: 'AssumeRole {"RoleArn":"arn:aws:iam::1:role/a"}' }),
    );
    const other = createRefreshingProvider(source.fetch, { clock, cacheKey: 'AssumeRole {"RoleArn":"arn:aws:iam::1:role/b"}' });
    const calls = [...providers, other].map((provider) => provider());
    await clock.advance(source.latencyMs);
    const results = await Promise.all(calls);
    expect(source.calls).toBe(2);
    expect(new Set(results.slice(0, 100)).size).toBe(1);
    expect(results[100]).not.toBe(results[0]);
  });

  it('should not keep results in the shared in-flight map once a fetch settles', async () => {
    const clock = new ManualClock();
    const source = new FakeSource(clock);
    const key = 'GetSessionToken {}';
    const first = createRefreshingProvider(source.fetch, { clock, cacheKey: key });
    const second = createRefreshingProvider(source.fetch, { clock, cacheKey: key });
    const firstCall = first();
    await clock.advance(source.latencyMs);
    const secondCall = second();
    await clock.advance(source.latencyMs);
    expect((await secondCall).accessKeyId).not.toBe((await firstCall).accessKeyId);
    expect(source.calls).toBe(2);
  });

  it('should not cache a rejection beyond the minimum interval between attempts', async () => {
    const { clock, source, call } = setup();
    source.failWith = new Error('connect ECONNREFUSED');
    const failed = await call();
    expect(failed.error).toBeInstanceOf(CredentialsError);
    const soon = await call();
    expect(soon.error).toBe(failed.error);
    expect(source.calls).toBe(1);
    source.failWith = undefined;
    await clock.advance(MIN_ATTEMPT_INTERVAL_MS);
    expect((await call()).value?.accessKeyId).toBe('ASIAFAKE2');
  });

  it('should make concurrent callers share one attempt when there is nothing to serve', async () => {
    const { clock, source, provider } = setup();
    source.failWith = new Error('connect ECONNREFUSED');
    const calls = Array.from({ length: 50 }, () => track(clock, provider()));
    await clock.advance(source.latencyMs);
    expect(source.calls).toBe(1);
    expect(new Set(calls.map((tracked) => tracked.error)).size).toBe(1);
  });

  it('should fetch new credentials on forceRefresh even when the cache is fresh', async () => {
    const { clock, source, provider, call } = setup();
    await call();
    const forced = [track(clock, provider({ forceRefresh: true })), track(clock, provider({ forceRefresh: true }))];
    await clock.advance(source.latencyMs);
    expect(source.calls).toBe(2);
    expect(forced.map((tracked) => tracked.value?.accessKeyId)).toEqual(['ASIAFAKE2', 'ASIAFAKE2']);
    expect((await call()).value?.accessKeyId).toBe('ASIAFAKE2');
  });

  it.each([
    { name: 'already expired', lifetimeMs: -SECOND, expiresAt: /expire at 2024-12-31T23:59:59\.100Z/ },
    { name: 'expiring now', lifetimeMs: 0, expiresAt: /expire at 2025-01-01T00:00:00\.100Z/ },
    { name: 'with an invalid expiration', lifetimeMs: NaN, expiresAt: /expiration must be a valid Date, got an invalid Date$/ },
  ])('should reject fetched credentials $name, and never serve them', async ({ lifetimeMs, expiresAt }) => {
    const { source, call } = setup();
    source.lifetimeMs = lifetimeMs;
    const result = await call();
    expect(result.value).toBeUndefined();
    expect(result.error).toMatchObject({ kind: 'ProviderFailed', message: expect.stringMatching(expiresAt) });
  });

  it('should turn a fetch that throws synchronously into a rejection', async () => {
    const provider = createRefreshingProvider(() => {
      throw new Error('bad setup');
    }, { clock: new ManualClock() });
    await expect(provider()).rejects.toThrow(/bad setup/);
  });

  it('should reject an unknown refresh mode with a TypeError', () => {
    const options = { refresh: 'eager' } as unknown as RefreshingProviderOptions;
    expect(() => createRefreshingProvider(new FakeSource(new ManualClock()).fetch, options)).toThrow(
      new TypeError(`refresh must be 'lazy' or 'background', got "eager"`),
    );
  });
});
