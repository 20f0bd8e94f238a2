import { runInNewContext } from 'node:vm';
import { jest } from '@jest/globals';
import { StsClient } from '@stskit/sts';
import { CredentialsError } from '../src/CredentialsError.js';
import { ManualClock } from '../src/ManualClock.js';
import { createRefreshingProvider, type RefreshingProviderOptions } from '../src/refreshingProvider.js';
import { createStsProvider } from '../src/sts/createStsProvider.js';
import type { Credentials } from '../src/types.js';
import { FakeSource, MINUTE } from './fakeSource.js';

const SECRET = 'S3cr3tFetchedSecretAccessKey000000000000';
const valid = (clock: ManualClock): Credentials => ({
  accessKeyId: 'ASIACHECKED',
  secretAccessKey: SECRET,
  sessionToken: 'S3cr3tSessionToken',
  expiration: new Date(clock.now() + 15 * MINUTE),
});

/** The rejection of a call, or a failure if it resolved. */
async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    (value) => {
      throw new Error(`expected a rejection, got ${String(value)}`);
    },
    (error: unknown) => error,
  );
}

describe('createRefreshingProvider option checks', () => {
  it.each([
    { name: 'options', options: null, message: 'options must be an object, got null' },
    { name: 'options', options: 'lazy', message: 'options must be an object, got a string' },
    { name: 'refresh', options: { refresh: 5 }, message: "refresh must be 'lazy' or 'background', got a number" },
    { name: 'refresh', options: { refresh: SECRET }, message: "refresh must be 'lazy' or 'background', got a string" },
    { name: 'clock', options: { clock: {} }, message: 'clock must be an object with a now() method, got an object whose now is undefined' },
    { name: 'clock', options: { clock: { now: 5 } }, message: 'clock must be an object with a now() method, got an object whose now is a number' },
    { name: 'clock', options: { clock: null }, message: 'clock must be an object with a now() method, got null' },
    { name: 'clock', options: { clock: SECRET }, message: 'clock must be an object with a now() method, got a string' },
    { name: 'providerName', options: { providerName: Object.create(null) }, message: 'providerName must be a string, got an object' },
    { name: 'providerName', options: { providerName: 42 }, message: 'providerName must be a string, got a number' },
    { name: 'cacheKey', options: { cacheKey: Symbol('key') }, message: 'cacheKey must be a string, got a symbol' },
    { name: 'isRecoverable', options: { isRecoverable: 'yes' }, message: 'isRecoverable must be a function, got a string' },
    { name: 'random', options: { random: {} }, message: 'random must be a function, got an object' },
    { name: 'random', options: { random: 0.5 }, message: 'random must be a function, got a number' },
    { name: 'onRefresh', options: { onRefresh: true }, message: 'onRefresh must be a function, got a boolean' },
    { name: 'onRefreshError', options: { onRefreshError: [] }, message: 'onRefreshError must be a function, got an array' },
  ])('should refuse a bad $name with an exact TypeError at creation: $message', ({ options, message }) => {
    const fetch = jest.fn(async () => valid(new ManualClock()));
    expect(() => createRefreshingProvider(fetch, options as unknown as RefreshingProviderOptions)).toThrow(new TypeError(message));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should refuse a fetch that is no function', () => {
    expect(() => createRefreshingProvider(undefined as never)).toThrow(new TypeError('fetch must be a function, got undefined'));
  });

  it('should take absent options as their defaults and accept every option of the right type', async () => {
    const clock = new ManualClock();
    const options: RefreshingProviderOptions = {
      refresh: 'background',
      clock,
      providerName: '',
      cacheKey: 'checks all',
      isRecoverable: () => true,
      random: () => 0.5,
      onRefresh: () => undefined,
      onRefreshError: () => undefined,
    };
    const all = createRefreshingProvider(async () => valid(clock), options);
    const systemTime = { ...valid(clock), expiration: new Date(Date.now() + 15 * MINUTE) };
    const none = createRefreshingProvider(async () => systemTime, { clock: undefined, random: undefined, providerName: undefined });
    await expect(all()).resolves.toMatchObject({ accessKeyId: 'ASIACHECKED' });
    await expect(none()).resolves.toMatchObject({ accessKeyId: 'ASIACHECKED' });
    all.close();
    none.close();
  });

  it('should read each option once', () => {
    const reads = new Map<string, number>();
    const options = new Proxy({ clock: new ManualClock(), random: () => 0 }, {
      get: (target, key, receiver) => {
        reads.set(String(key), (reads.get(String(key)) ?? 0) + 1);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    createRefreshingProvider(async () => valid(new ManualClock()), options).close();
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
    expect(reads.get('clock')).toBe(1);
  });

  it('should make STS-backed providers refuse a bad clock at creation, releasing the client they built', () => {
    const destroy = jest.spyOn(StsClient.prototype, 'destroy');
    try {
      expect(() =>
        createStsProvider(
          { clock: {} as never, clientConfig: { region: 'us-east-1' } },
          { providerName: 'fromTest', cacheKey: 'key', fetch: () => Promise.reject(new Error('not called')) },
        ),
      ).toThrow(new TypeError('clock must be an object with a now() method, got an object whose now is undefined'));
      expect(destroy).toHaveBeenCalledTimes(1);
    } finally {
      destroy.mockRestore();
    }
  });
});

describe('createRefreshingProvider fetch result checks', () => {
  const expiration = (clock: ManualClock) => new Date(clock.now() + 15 * MINUTE);
  it.each([
    { name: 'undefined', make: () => undefined, problem: 'the source gave undefined, not credentials' },
    { name: 'null', make: () => null, problem: 'the source gave null, not credentials' },
    { name: 'a string', make: () => SECRET, problem: 'the source gave a string, not credentials' },
    { name: 'an array', make: () => [SECRET], problem: 'the source gave an array, not credentials' },
    {
      name: 'an empty object',
      make: () => ({}),
      problem:
        'the source gave unusable credentials: accessKeyId must be a non-empty string, got undefined; secretAccessKey must be a non-empty string, got undefined',
    },
    {
      name: 'an empty accessKeyId',
      make: () => ({ accessKeyId: '', secretAccessKey: SECRET }),
      problem: 'the source gave unusable credentials: accessKeyId must be a non-empty string, got an empty string',
    },
    {
      name: 'a secretAccessKey that is no string',
      make: () => ({ accessKeyId: 'ASIA', secretAccessKey: 12345 }),
      problem: 'the source gave unusable credentials: secretAccessKey must be a non-empty string, got a number',
    },
    {
      name: 'a sessionToken that is no string',
      make: (clock: ManualClock) => ({ accessKeyId: 'ASIA', secretAccessKey: SECRET, sessionToken: {}, expiration: expiration(clock) }),
      problem: 'the source gave unusable credentials: sessionToken must be a string, got an object',
    },
    {
      name: 'an expiration that is a string',
      make: (clock: ManualClock) => ({ accessKeyId: 'ASIA', secretAccessKey: SECRET, expiration: expiration(clock).toISOString() }),
      problem: 'the source gave unusable credentials: expiration must be a valid Date, got a string',
    },
    {
      name: 'an expiration that only looks like a Date',
      make: (clock: ManualClock) => ({ accessKeyId: 'ASIA', secretAccessKey: SECRET, expiration: { getTime: () => clock.now() + MINUTE } }),
      problem: 'the source gave unusable credentials: expiration must be a valid Date, got an object',
    },
    {
      name: 'an invalid Date',
      make: () => ({ accessKeyId: 'ASIA', secretAccessKey: SECRET, expiration: new Date(Number.NaN) }),
      problem: 'the source gave unusable credentials: expiration must be a valid Date, got an invalid Date',
    },
    {
      name: 'an accountId that is no string',
      make: () => ({ accessKeyId: 'ASIA', secretAccessKey: SECRET, accountId: 111122223333 }),
      problem: 'the source gave unusable credentials: accountId must be a string, got a number',
    },
    {
      name: 'members that cannot be read',
      make: () => Object.defineProperty({}, 'accessKeyId', { get: () => { throw new Error(SECRET); } }),
      problem: 'the source gave credentials whose members cannot be read',
    },
  ])('should reject a fetch giving $name as ProviderFailed, saying what is wrong without quoting it', async ({ make, problem }) => {
    const clock = new ManualClock();
    const refreshed = jest.fn();
    const refreshErrors: CredentialsError[] = [];
    const provider = createRefreshingProvider(async () => make(clock) as never, {
      clock,
      providerName: 'fromTest',
      onRefresh: refreshed,
      onRefreshError: (error) => refreshErrors.push(error),
    });
    const error = await rejectionOf(provider());
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ kind: 'ProviderFailed', message: `fromTest: could not get credentials: ${problem}` });
    expect((error as Error).message).not.toContain(SECRET);
    expect(refreshErrors).toEqual([error]);
    expect(refreshed).not.toHaveBeenCalled();
  });

  it('should accept a Date from another realm', async () => {
    const clock = new ManualClock();
    const foreign = runInNewContext(`new Date(${clock.now() + 15 * MINUTE})`) as Date;
    expect(foreign).not.toBeInstanceOf(Date);
    const provider = createRefreshingProvider(async () => ({ accessKeyId: 'ASIA', secretAccessKey: SECRET, expiration: foreign }), { clock });
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'ASIA' });
  });

  it('should keep serving valid cached credentials through a refresh that gives no credentials', async () => {
    const clock = new ManualClock();
    const source = new FakeSource(clock);
    let broken = false;
    const provider = createRefreshingProvider(async () => (broken ? (undefined as never) : source.fetch()), { clock });
    const first = provider();
    await clock.advance(source.latencyMs);
    const cached = await first;
    broken = true;
    await clock.advance(14 * MINUTE + 30_000); // in the mandatory window: callers wait on the refresh
    await expect(provider()).resolves.toBe(cached);
  });
});

describe('createRefreshingProvider calls never throw', () => {
  it('should reject, not throw, when the clock throws at call time', async () => {
    const failure = new Error('clock broke');
    const clock = { now: () => { throw failure; } };
    const provider = createRefreshingProvider(async () => valid(new ManualClock()), { clock, providerName: 'fromTest' });
    let call: Promise<Credentials> | undefined;
    expect(() => {
      call = provider();
    }).not.toThrow();
    const error = await rejectionOf(call!);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ kind: 'Unhandled', message: 'fromTest: unexpected error: clock broke', cause: failure });
  });

  it('should reject, not throw, when a call option cannot be read', async () => {
    const provider = createRefreshingProvider(async () => valid(new ManualClock()), { clock: new ManualClock() });
    const callOptions = Object.defineProperty({}, 'forceRefresh', { get: () => { throw new Error('getter'); } });
    await expect(provider(callOptions)).rejects.toMatchObject({ kind: 'Unhandled', message: 'credentials provider: unexpected error: getter' });
  });

  it('should reject with a CredentialsError when isRecoverable throws', async () => {
    const clock = new ManualClock();
    let down = false;
    const provider = createRefreshingProvider(async () => (down ? Promise.reject(new Error('down')) : valid(clock)), {
      clock,
      providerName: 'fromTest',
      isRecoverable: () => {
        throw new Error('classifier broke');
      },
    });
    await provider();
    down = true;
    await clock.advance(14 * MINUTE + 30_000); // in the mandatory window: the classifier is asked
    await expect(provider()).rejects.toMatchObject({ kind: 'Unhandled', message: 'fromTest: unexpected error: classifier broke' });
  });

  it('should reject with a CredentialsError when random throws on a background refresh', async () => {
    const clock = new ManualClock();
    const provider = createRefreshingProvider(async () => valid(clock), {
      clock,
      refresh: 'background',
      providerName: 'fromTest',
      random: () => {
        throw new Error('no entropy');
      },
    });
    await expect(provider()).rejects.toMatchObject({ kind: 'Unhandled', message: 'fromTest: unexpected error: no entropy' });
    provider.close();
  });

  it.each([
    { name: 'NaN', drawn: () => Number.NaN, got: 'a number' },
    { name: '1', drawn: () => 1, got: 'a number' },
    { name: 'a string', drawn: () => '0.5', got: 'a string' },
    { name: 'a rejected promise', drawn: () => Promise.reject(new Error('later')), got: 'a Promise' },
  ])('should reject with a CredentialsError, leaving nothing unhandled, when random returns $name', async ({ drawn, got }) => {
    const clock = new ManualClock();
    const provider = createRefreshingProvider(async () => valid(clock), {
      clock,
      refresh: 'background',
      providerName: 'fromTest',
      random: drawn as () => number,
    });
    await expect(provider()).rejects.toMatchObject({
      kind: 'Unhandled',
      message: `fromTest: unexpected error: random must return a number from 0 to below 1, got ${got}`,
    });
    provider.close();
  });

  it('should reject with a CredentialsError, leaving nothing unhandled, when isRecoverable returns no boolean', async () => {
    const clock = new ManualClock();
    let down = false;
    const provider = createRefreshingProvider(async () => (down ? Promise.reject(new Error('down')) : valid(clock)), {
      clock,
      providerName: 'fromTest',
      isRecoverable: (() => Promise.reject(new Error('async classifier'))) as never,
    });
    await provider();
    down = true;
    await clock.advance(14 * MINUTE + 30_000);
    await expect(provider()).rejects.toMatchObject({
      kind: 'Unhandled',
      message: 'fromTest: unexpected error: isRecoverable must return a boolean, got a Promise',
    });
  });

  it('should describe a fetch rejection that cannot be turned into a string', async () => {
    const provider = createRefreshingProvider(() => Promise.reject(Object.create(null) as object), { providerName: 'fromTest' });
    await expect(provider()).rejects.toMatchObject({
      kind: 'ProviderFailed',
      message: 'fromTest: could not get credentials: a value that cannot be shown as a string',
    });
  });
});
