/**
 * Soak on fake time: 1,000 daemons' providers (the real fromAssumeRole over the real
 * refreshing cache, background refresh) with 15-minute credentials for 7 simulated days,
 * against an STS client that throttles, fails with 500s, resets connections, denies access in
 * bursts and answers slowly at random (seeded). Callers sample providers every simulated
 * minute. Asserted: no expired credential is ever handed out; successful STS calls within 1%
 * of the ideal count and every failed call one the plan injected (no storms); the heap after
 * a full GC flat from day 1 to day 7; pending timers bounded throughout and zero after close.
 *
 * Then a shorter soak of the same providers over the real StsClient against local-sts, whose
 * clock is the same ManualClock and whose credentials last 15 minutes (`lifetimeSeconds`),
 * with faults scripted in local-sts; there every handed-out credential is also proven live
 * by signing a GetCallerIdentity with it.
 */
import { fromAssumeRole } from '@stskit/assume-role';
import { CredentialsError, ManualClock, type CredentialProvider, type Credentials } from '@stskit/credentials';
import { startLocalSts, type Fault } from '@stskit/local-sts';
import { StsClient } from '@stskit/sts';
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

/**
 * The fetches a fault-free provider makes in `durationMs`: the first, then one per cycle.
 * Counting whole cycles in a window that ends mid-cycle loses half a cycle on average (the
 * renewal theorem, as the cycle's spread is small next to its mean).
 */
function idealFetches(providers: number, durationMs: number): number {
  return providers * (1 + durationMs / IDEAL_CYCLE_MS - 0.5);
}

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

    const idealSuccesses = idealFetches(PROVIDERS, DAYS * DAY);
    const injected = sts.counts.calls - sts.counts.successes;
    const figures = {
      providers: PROVIDERS,
      simulatedDays: DAYS,
      credentialLifetimeMinutes: LIFETIME_MS / MINUTE,
      stsCalls: sts.counts.calls,
      successfulCalls: sts.counts.successes,
      idealSuccessfulCalls: Math.round(idealSuccesses),
      deviationFromIdealPercent: Number(((100 * (sts.counts.successes - idealSuccesses)) / idealSuccesses).toFixed(3)),
      callsDeviationFromIdealPercent: Number(((100 * (sts.counts.calls - idealSuccesses)) / idealSuccesses).toFixed(3)),
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
    expect(Math.abs(sts.counts.calls - idealSuccesses) / idealSuccesses).toBeLessThan(0.01);
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

const LOCAL_PROVIDERS = 20;
const LOCAL_HOURS = 12;
/** Faults local-sts applies to the next few AssumeRole calls, drawn at random minutes. */
const LOCAL_FAULTS: readonly Fault[] = [
  { kind: 'throttle' },
  { kind: 'error', code: 'InternalFailure', status: 500 },
  { kind: 'error', code: 'ServiceUnavailable', status: 503 },
  { kind: 'html' },
  { kind: 'drop' },
  { kind: 'malformed' },
  { kind: 'truncated' },
];
const LOCAL_FAULT_CHANCE_PER_MINUTE = 0.05;
const LOCAL_STEP_MS = 5_000;

describe('soak: fromAssumeRole against local-sts, 15-minute credentials, 12 simulated hours', () => {
  it('should never hand out expired or dead credentials and call STS as often as needed', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const random = seededRandom(42);
    const sts = await startLocalSts({ clock, lifetimeSeconds: LIFETIME_MS / 1000 });
    const clientConfig = {
      endpoint: sts.endpoint,
      region: 'us-east-1',
      clock,
      env: {},
      // Retries wait on nothing: the fake clock, not real time, is what the soak moves.
      sleep: async () => undefined,
      requestTimeoutMs: 2_000,
    };
    const client = new StsClient({ ...clientConfig, credentials: { accessKeyId: sts.defaults.accessKeyId, secretAccessKey: sts.defaults.secretAccessKey } });
    let inFlight = 0;
    const assumeRole = client.assumeRole.bind(client);
    client.assumeRole = (input, options) => {
      inFlight++;
      return assumeRole(input, options).finally(() => inFlight--);
    };
    let refreshes = 0;
    const providers = Array.from({ length: LOCAL_PROVIDERS }, (_, index) =>
      fromAssumeRole({
        client,
        roleArn: sts.defaults.roleArns[0]!,
        roleSessionName: `local-soak-${index}`,
        refresh: 'background',
        clock,
        onRefresh: () => refreshes++,
      }),
    );
    /** Lets real HTTP round trips finish while fake time stands still; bounded. */
    const quiesce = async (): Promise<void> => {
      for (let turn = 0; inFlight > 0 && turn < 2_000; turn++) await new Promise((resolve) => setTimeout(resolve, 1));
      expect(inFlight).toBe(0);
    };

    const served = { credentials: 0, expired: 0, dead: 0, errors: 0 };
    const checkLive = async (credentials: Credentials): Promise<void> => {
      const probe = new StsClient({ ...clientConfig, credentials, maxAttempts: 1 });
      await probe.getCallerIdentity().catch(() => served.dead++);
      probe.destroy();
    };
    const callAll = async (probeOne: boolean): Promise<void> => {
      const outcomes = await Promise.allSettled(providers.map((provider) => provider()));
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') served.errors++;
        else {
          served.credentials++;
          if (!(outcome.value.expiration!.getTime() > clock.now())) served.expired++;
        }
      }
      const first = outcomes.find((outcome) => outcome.status === 'fulfilled');
      if (probeOne && first?.status === 'fulfilled') await checkLive(first.value);
    };

    await callAll(false);
    let injectedFaults = 0;
    for (let minute = 1; minute <= LOCAL_HOURS * 60; minute++) {
      if (random() < LOCAL_FAULT_CHANCE_PER_MINUTE) {
        const fault = LOCAL_FAULTS[Math.floor(random() * LOCAL_FAULTS.length)]!;
        const times = 1 + Math.floor(random() * 3);
        injectedFaults += times;
        sts.faults.add({ action: 'AssumeRole', times, fault });
      }
      // Small steps, each followed by the real round trips it started, so a reply is not
      // received long after (in fake time) its request left.
      for (let step = 0; step < MINUTE / LOCAL_STEP_MS; step++) {
        await clock.advance(LOCAL_STEP_MS);
        await quiesce();
      }
      await callAll(minute % 15 === 0);
      await quiesce();
    }

    providers.forEach((provider) => provider.close());
    await clock.advance(MINUTE);
    const pendingAfterClose = clock.pendingTimers;
    client.destroy();
    await sts.close();

    const idealRefreshes = idealFetches(LOCAL_PROVIDERS, LOCAL_HOURS * 60 * MINUTE);
    const figures = {
      providers: LOCAL_PROVIDERS,
      simulatedHours: LOCAL_HOURS,
      assumeRoleRequests: sts.calls('AssumeRole'),
      injectedFaults,
      refreshes,
      idealRefreshes: Math.round(idealRefreshes),
      deviationFromIdealPercent: Number(((100 * (refreshes - idealRefreshes)) / idealRefreshes).toFixed(3)),
      credentialsServed: served.credentials,
      expiredCredentialsServed: served.expired,
      deadCredentialsServed: served.dead,
      typedErrorsServed: served.errors,
      pendingTimersAfterClose: pendingAfterClose,
    };
    writeResult('soak-local-sts', figures);
    console.log(`soak (local-sts): ${JSON.stringify(figures)}`);

    expect(served.expired).toBe(0);
    expect(served.dead).toBe(0);
    expect(Math.abs(refreshes - idealRefreshes) / idealRefreshes).toBeLessThan(0.01);
    // Requests include the client's own retries of the injected faults: each fault costs one more.
    expect(sts.calls('AssumeRole') - refreshes).toBeLessThanOrEqual(injectedFaults);
    expect(pendingAfterClose).toBe(0);
  }, SOAK_TIMEOUT_MS);
});
