/**
 * Soak on fake time: 1,000 daemons' providers (the real fromAssumeRole over the real
 * refreshing cache, background refresh) with 15-minute credentials for 7 simulated days,
 * against an STS client that throttles, fails with 500s, resets connections, denies access in
 * bursts and answers slowly at random (seeded). Callers sample providers every simulated
 * minute. Asserted: no expired credential is ever handed out; successful STS calls within 1%
 * of the ideal count and every failed call one the plan injected (no storms); the heap after
 * a full GC flat from day 1 to day 7; pending timers bounded throughout and zero after close.
 */
import { fromAssumeRole } from '@stskit/assume-role';
import { CredentialsError, ManualClock, type CredentialProvider } from '@stskit/credentials';
import type { StsClient } from '@stskit/sts';
import { FakeStsClient, type FakeFault, type FakeStsPlan } from './support/FakeStsClient.js';
import { heapAfterGc } from './support/heap.js';
import { writeResult } from './support/results.js';
import { seededRandom } from './support/seededRandom.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A deadline for the simulation's real run time, not a measure of it (about 45 s on 2 cores). */
const SOAK_TIMEOUT_MS = 300_000;

const PROVIDERS = 1_000;
const DAYS = 7;
const LIFETIME_MS = 15 * MINUTE;
const CALLS_PER_MINUTE = 50;
/** Chances per STS call; an AccessDenied starts a burst of 3 refusals for that session. */
const FAULT_CHANCES: Readonly<Record<Exclude<FakeFault, 'access-denied'>, number>> & { readonly 'access-denied': number } = {
  throttling: 0.004,
  'internal-error': 0.003,
  'connection-reset': 0.003,
  'access-denied': 0.0005,
};
const SLOW_REPLY_CHANCE = 0.01;
const ACCESS_DENIED_BURST = 3;
/**
 * The cache's documented cycle for 15-minute credentials in background mode: the refresh
 * starts in the first quarter of the advisory window (10 to 11 minutes after the request
 * that issued them), so 10.5 minutes on average, whatever the reply's latency.
 */
const IDEAL_CYCLE_MS = 10.5 * MINUTE;

/** The soak's faults, decided by a seeded PRNG so every run sees the same plan. */
function faultPlan(random: () => number): FakeStsPlan {
  const burstLeft = new Map<string, number>();
  return {
    next(session) {
      const latencyMs = random() < SLOW_REPLY_CHANCE ? 5_000 + Math.floor(random() * 85_000) : 0;
      const left = burstLeft.get(session) ?? 0;
      if (left > 0) {
        if (left === 1) burstLeft.delete(session);
        else burstLeft.set(session, left - 1);
        return { fault: 'access-denied', latencyMs };
      }
      let draw = random();
      for (const [fault, chance] of Object.entries(FAULT_CHANCES) as [FakeFault, number][]) {
        if (draw < chance) {
          if (fault === 'access-denied') burstLeft.set(session, ACCESS_DENIED_BURST - 1);
          return { fault, latencyMs };
        }
        draw -= chance;
      }
      return { latencyMs };
    },
  };
}

describe('soak: 1,000 providers, 15-minute credentials, 7 simulated days', () => {
  it('should never hand out expired credentials, call STS as often as needed, and hold memory and timers flat', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const random = seededRandom(20_260_101);
    const sts = new FakeStsClient(clock, faultPlan(random), LIFETIME_MS);
    const providers: CredentialProvider[] = Array.from({ length: PROVIDERS }, (_, index) =>
      fromAssumeRole({
        client: sts as unknown as StsClient,
        roleArn: 'arn:aws:iam::111122223333:role/soak',
        roleSessionName: `soak-${index}`,
        refresh: 'background',
        clock,
      }),
    );

    const served = { credentials: 0, expired: 0, errors: 0, untypedErrors: 0 };
    const call = (provider: CredentialProvider): void => {
      provider().then(
        (credentials) => {
          served.credentials++;
          if (!(credentials.expiration!.getTime() > clock.now())) served.expired++;
        },
        (error: unknown) => {
          served.errors++;
          if (!(error instanceof CredentialsError)) served.untypedErrors++;
        },
      );
    };

    providers.forEach(call);
    let maxPendingTimers = 0;
    const heap: number[] = [];
    for (let minute = 1; minute <= (DAYS * DAY) / MINUTE; minute++) {
      await clock.advance(MINUTE);
      for (let sample = 0; sample < CALLS_PER_MINUTE; sample++) call(providers[Math.floor(random() * PROVIDERS)]!);
      maxPendingTimers = Math.max(maxPendingTimers, clock.pendingTimers);
      if (minute % (DAY / MINUTE) === 0) heap.push(heapAfterGc());
    }

    providers.forEach((provider) => provider.close());
    await clock.advance(2 * MINUTE); // slow replies still in flight land, and nothing is rescheduled
    const pendingAfterClose = clock.pendingTimers;

    const idealSuccesses = PROVIDERS * (1 + (DAYS * DAY) / IDEAL_CYCLE_MS);
    const injected = sts.counts.calls - sts.counts.successes;
    const figures = {
      providers: PROVIDERS,
      simulatedDays: DAYS,
      credentialLifetimeMinutes: LIFETIME_MS / MINUTE,
      stsCalls: sts.counts.calls,
      successfulCalls: sts.counts.successes,
      idealSuccessfulCalls: Math.round(idealSuccesses),
      deviationFromIdealPercent: Number(((100 * (sts.counts.successes - idealSuccesses)) / idealSuccesses).toFixed(3)),
      injectedFaults: { throttling: sts.counts.throttling, internalError: sts.counts['internal-error'], connectionReset: sts.counts['connection-reset'], accessDenied: sts.counts['access-denied'] },
      callerCalls: served.credentials + served.errors,
      credentialsServed: served.credentials,
      expiredCredentialsServed: served.expired,
      typedErrorsServed: served.errors,
      maxPendingTimers,
      pendingTimersAfterClose: pendingAfterClose,
      heapAfterGcMiB: heap.map((bytes) => Number((bytes / 2 ** 20).toFixed(1))),
    };
    writeResult('soak-fake', figures);
    console.log(`soak (fake STS): ${JSON.stringify(figures)}`);

    expect(served.expired).toBe(0);
    expect(served.untypedErrors).toBe(0);
    expect(Math.abs(sts.counts.successes - idealSuccesses) / idealSuccesses).toBeLessThan(0.01);
    // Every failed call is one the plan injected: a failure never causes a burst of calls.
    expect(injected).toBe(sts.counts.throttling + sts.counts['internal-error'] + sts.counts['connection-reset'] + sts.counts['access-denied']);
    expect(injected / sts.counts.calls).toBeLessThan(0.02);
    // One background timer per provider, plus slow replies in flight.
    expect(maxPendingTimers).toBeLessThanOrEqual(2 * PROVIDERS);
    expect(pendingAfterClose).toBe(0);
    const growth = heap.at(-1)! - heap[0]!;
    expect(growth).toBeLessThan(8 * 2 ** 20);
  }, SOAK_TIMEOUT_MS);
});
