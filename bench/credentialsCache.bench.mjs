// @stskit/credentials' refreshing cache against @smithy/property-provider's memoize (the
// cache inside every AWS SDK v3 credential provider): calls per second on cached
// credentials, callers that wait on the network over a simulated day, and heap per provider.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { memoize } from '@smithy/property-provider';
import { createRefreshingProvider, ManualClock } from '@stskit/credentials';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const credentialsUntil = (expiresAt, n = 0) => ({
  accessKeyId: `ASIABENCH${n}`,
  secretAccessKey: 'benchSecret',
  sessionToken: 'benchToken',
  expiration: new Date(expiresAt),
});

/** The SDK v3 pattern: expired 5 minutes early, refreshed only when it has an expiration. */
function sdkMemoize(fetch, clock) {
  return memoize(
    fetch,
    (credentials) => credentials.expiration.getTime() - clock.now() < 5 * MINUTE,
    (credentials) => credentials.expiration !== undefined,
  );
}

/** Sequential awaited calls per second, best of `rounds` after a warm-up. */
async function callsPerSecond(call, calls, rounds) {
  for (let i = 0; i < calls / 10; i++) await call();
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) await call();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, calls / seconds);
  }
  return best;
}

async function cachedThroughput(quick) {
  const clock = { now: () => Date.now() };
  const fetch = async () => credentialsUntil(Date.now() + 12 * HOUR);
  const ours = createRefreshingProvider(fetch);
  const sdk = sdkMemoize(fetch, clock);
  const fixed = credentialsUntil(Date.now() + 12 * HOUR);
  const bare = async () => fixed;
  const calls = quick ? 200_000 : 5_000_000;
  const rounds = quick ? 1 : 5;
  // Interleave the three so drift in machine load hits all alike; keep each one's best.
  const best = { ours: 0, sdk: 0, bare: 0 };
  for (let pass = 0; pass < 2; pass++) {
    best.ours = Math.max(best.ours, await callsPerSecond(ours, calls, rounds));
    best.sdk = Math.max(best.sdk, await callsPerSecond(sdk, calls, rounds));
    best.bare = Math.max(best.bare, await callsPerSecond(bare, calls, rounds));
  }
  ours.close();
  return best;
}

/**
 * A day of calls every `stepMs` on a fake clock, against a source that issues 15-minute
 * credentials after 200 ms of (fake) network: how many calls had to wait, and how many fetches.
 */
async function simulatedDay(makeProvider, stepMs) {
  const clock = new ManualClock();
  let fetches = 0;
  const fetch = () =>
    new Promise((resolve) => {
      fetches++;
      clock.setTimeout(() => resolve(credentialsUntil(clock.now() + 15 * MINUTE, fetches)), 200);
    });
  const provider = makeProvider(fetch, clock);
  let waited = 0;
  for (let elapsed = 0; elapsed < DAY; elapsed += stepMs) {
    const startedAt = clock.now();
    provider().then(() => {
      if (clock.now() > startedAt) waited++;
    });
    await clock.advance(stepMs);
  }
  provider.close?.();
  // The very first call of every variant waits: nothing is cached yet.
  return { waited: waited - 1, fetches };
}

/** Heap bytes per provider, over `count` providers each holding cached credentials. */
async function heapPerProvider(makeProvider, count) {
  const fetch = async () => credentialsUntil(Date.now() + HOUR);
  gc();
  const before = process.memoryUsage().heapUsed;
  const providers = [];
  for (let i = 0; i < count; i++) providers.push(makeProvider(fetch));
  await Promise.all(providers.map((provider) => provider()));
  gc();
  const bytes = (process.memoryUsage().heapUsed - before) / count;
  for (const provider of providers) provider.close?.();
  return bytes;
}

const millions = (perSecond) => `${(perSecond / 1e6).toFixed(1)} M`;
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

export async function run({ quick }) {
  const throughput = await cachedThroughput(quick);
  const stepMs = quick ? 10_000 : 1_000;
  const day = {
    background: await simulatedDay((fetch, clock) => createRefreshingProvider(fetch, { clock, refresh: 'background' }), stepMs),
    lazy: await simulatedDay((fetch, clock) => createRefreshingProvider(fetch, { clock }), stepMs),
    sdk: await simulatedDay(sdkMemoize, stepMs),
  };
  const heap = {
    ours: await heapPerProvider((fetch) => createRefreshingProvider(fetch, { refresh: 'background' }), 1_000),
    sdk: await heapPerProvider((fetch) => sdkMemoize(fetch, { now: () => Date.now() }), 1_000),
  };
  const callsPerDay = (DAY / stepMs).toLocaleString('en-US');
  return {
    section: 'Credentials cache',
    intro: [
      '`createRefreshingProvider` (the cache under every stskit provider) against `memoize` from',
      '`@smithy/property-provider` set up as AWS SDK v3 providers use it (expired 5 minutes before',
      'expiry, refreshed while callers wait), and a bare async function returning credentials.',
      'Cached calls: sequential awaited calls on unexpired credentials, best of several rounds;',
      'both caches read the clock on every call, which never handing out expired credentials',
      'depends on, and that read and the `await` are most of what a cached call of ours costs.',
      `Simulated day: ${callsPerDay} calls (one every ${stepMs / 1000} s of fake time) against a source issuing`,
      '15-minute credentials after 200 ms of fake network; a call waited if it settled later than',
      'it started, not counting the first call of the day. Heap: per provider, over 1,000 providers',
      'each holding cached credentials (the cache only, without an STS client).',
    ].join('\n'),
    headers: ['measure', '@stskit/credentials', '@smithy/property-provider memoize', 'bare async function'],
    rows: [
      ['cached calls per second', millions(throughput.ours), millions(throughput.sdk), millions(throughput.bare)],
      ['speed-up on cached calls', `${(throughput.ours / throughput.sdk).toFixed(1)}×`, '1.0×', '—'],
      ["simulated day, calls that waited on the network, `refresh: 'background'`", `${day.background.waited}`, `${day.sdk.waited}`, '—'],
      ["simulated day, calls that waited on the network, `refresh: 'lazy'`", `${day.lazy.waited}`, `${day.sdk.waited}`, '—'],
      [
        'simulated day, fetches (background / lazy)',
        `${day.background.fetches} / ${day.lazy.fetches}`,
        `${day.sdk.fetches}`,
        '—',
      ],
      ['heap per provider holding credentials', kib(heap.ours), kib(heap.sdk), '—'],
    ],
  };
}
