import { CredentialsError } from '../src/CredentialsError.js';
import { ManualClock } from '../src/ManualClock.js';
import { MIN_ATTEMPT_INTERVAL_MS } from '../src/RefreshingCache.js';
import { createRefreshingProvider } from '../src/refreshingProvider.js';
import { FakeSource, HOUR, MINUTE, stsServiceError, track, waited, type TrackedCall } from './fakeSource.js';

/**
 * A provider holding credentials of `lifetimeMs`, received when this returns; `advanceTo(ms
 * before expiry)` moves the clock relative to their expiry.
 */
async function setupWithCredentials(lifetimeMs: number, random = 0) {
  const clock = new ManualClock();
  const source = new FakeSource(clock);
  source.lifetimeMs = lifetimeMs;
  const refreshErrors: CredentialsError[] = [];
  const provider = createRefreshingProvider(source.fetch, {
    clock,
    random: () => random,
    onRefreshError: (error) => refreshErrors.push(error),
  });
  /** Calls the provider and lets the fake network answer. */
  const call = async (): Promise<TrackedCall> => {
    const tracked = track(clock, provider());
    await clock.advance(source.latencyMs);
    return tracked;
  };
  const first = await call();
  const expiresAt = clock.now() + lifetimeMs;
  const advanceTo = (msBeforeExpiry: number) => clock.advance(expiresAt - msBeforeExpiry - clock.now());
  return { clock, source, provider, call, first, refreshErrors, advanceTo };
}

const outage = new Error('connect ECONNREFUSED 127.0.0.1:443');

describe('static stability', () => {
  it.each([
    { random: 0, backoff: 5 * MINUTE },
    { random: 0.5, backoff: 7.5 * MINUTE },
    { random: 0.999, backoff: 10 * MINUTE - 300 },
  ])('should serve valid credentials through a failed refresh and retry $backoff ms later', async ({ random, backoff }) => {
    const { clock, source, provider, call, first, refreshErrors, advanceTo } = await setupWithCredentials(
      12 * HOUR,
      random,
    );
    source.failWith = outage;
    await advanceTo(HOUR); // the advisory window of 12-hour credentials opens
    const inWindow = await call();
    expect(waited(inWindow)).toBe(false);
    expect(inWindow.value).toBe(first.value);
    expect(refreshErrors).toHaveLength(1);
    const failedAt = clock.now();

    await clock.advance(backoff - 1);
    await expect(provider()).resolves.toBe(first.value);
    expect(source.calls).toBe(2);

    await clock.advance(1);
    expect(clock.now()).toBe(failedAt + backoff);
    await expect(provider()).resolves.toBe(first.value); // at once: the retry runs behind
    expect(source.calls).toBe(3);
  });

  it('should cap the backoff so retries still happen at the mandatory window and at expiry', async () => {
    const { clock, source, provider, call, first, advanceTo } = await setupWithCredentials(15 * MINUTE, 0.5);
    source.failWith = outage;
    await advanceTo(5 * MINUTE);
    await call(); // fails behind the caller; 7.5 minutes of backoff would end after expiry
    await advanceTo(MINUTE + 1);
    await expect(provider()).resolves.toBe(first.value);
    expect(source.calls).toBe(2);

    await advanceTo(MINUTE);
    const mandatory = await call();
    expect(source.calls).toBe(3);
    expect(waited(mandatory)).toBe(true);
    expect(mandatory.value).toBe(first.value); // still valid: served despite the failure

    await advanceTo(1);
    await expect(provider()).resolves.toBe(first.value);
    expect(source.calls).toBe(3);

    await advanceTo(0);
    const expired = track(clock, provider());
    expect(source.calls).toBe(4);
    await clock.advance(source.latencyMs);
    expect(expired.error).toBeInstanceOf(CredentialsError);
  });

  it('should give a clear error, never expired credentials, when the source is down past expiry', async () => {
    const { clock, source, call, first, advanceTo } = await setupWithCredentials(15 * MINUTE);
    source.failWith = outage;
    await advanceTo(0);
    const expired = await call();
    expect(expired.value).toBeUndefined();
    expect(expired.error).toBeInstanceOf(CredentialsError);
    expect(expired.error).toMatchObject({
      kind: 'ProviderFailed',
      tryNextLink: false,
      cause: outage,
      message: `credentials provider: the cached credentials expired at ${first.value!.expiration!.toISOString()} and could not be refreshed: ${outage.message}`,
    });

    for (let i = 0; i < 10; i++) {
      await clock.advance(MIN_ATTEMPT_INTERVAL_MS);
      expect((await call()).value).toBeUndefined();
    }
    expect(source.calls).toBe(2 + 10);

    source.failWith = undefined;
    await clock.advance(MIN_ATTEMPT_INTERVAL_MS);
    expect((await call()).value?.accessKeyId).toBe(`ASIAFAKE${source.calls}`);
  });

  it('should keep a non-recoverable error from callers until the mandatory window, without retrying', async () => {
    const { clock, source, call, first, refreshErrors, advanceTo } = await setupWithCredentials(HOUR);
    const accessDenied = stsServiceError('AccessDenied', false);
    source.failWith = accessDenied;
    await advanceTo(15 * MINUTE);
    expect((await call()).value).toBe(first.value);
    for (let minute = 14; minute > 1; minute--) {
      await advanceTo(minute * MINUTE);
      expect((await call()).value).toBe(first.value);
    }
    expect(source.calls).toBe(2);

    await advanceTo(MINUTE);
    const mandatory = await call();
    expect(mandatory.error).toMatchObject({ kind: 'ProviderFailed', cause: accessDenied });
    expect((await call()).error).toBe(mandatory.error); // within the minimum interval: no new attempt
    expect(source.calls).toBe(3);
    expect(refreshErrors.map((error) => error.cause)).toEqual([accessDenied, accessDenied]);

    await clock.advance(MIN_ATTEMPT_INTERVAL_MS);
    expect((await call()).error).toBeInstanceOf(CredentialsError);
    expect(source.calls).toBe(4);
  });

  it('should pass a CredentialsError from the source through unchanged', async () => {
    const { source, call, advanceTo } = await setupWithCredentials(15 * MINUTE);
    const misconfigured = new CredentialsError('the role ARN is malformed', { kind: 'InvalidConfiguration' });
    source.failWith = misconfigured;
    await advanceTo(MINUTE);
    expect((await call()).error).toBe(misconfigured);
  });
});
