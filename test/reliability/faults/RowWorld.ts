/**
 * Everything one row of the fault matrix runs in, built fresh per row and torn down after
 * it: a fake clock shared by local-sts, the client and the cache; local-sts behind a fault
 * proxy; a ledger of every secret issued or given; and every line logged.
 */
import { inspect } from 'node:util';
import { ManualClock } from '@stskit/credentials';
import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import type { StsClientConfig } from '@stskit/sts';
import { startFaultProxy, type FaultProxy } from './FaultProxy.js';

export const MINUTE = 60_000;
/** Every credential local-sts issues in the matrix lasts 15 minutes, STS's shortest. */
export const LIFETIME_SECONDS = 900;
/** Short, so accept-then-hang and just-over-the-timeout rows cost little real time. */
export const REQUEST_TIMEOUT_MS = 600;

export interface RowWorld {
  readonly clock: ManualClock;
  readonly sts: LocalSts;
  readonly proxy: FaultProxy;
  /** Secrets that must never appear in any output: issued by local-sts or given by the row. */
  readonly secrets: Set<string>;
  /** Every line logged through `logger`, at any level. */
  readonly logs: string[];
  readonly logger: { debug(...a: unknown[]): void; info(...a: unknown[]): void; warn(...a: unknown[]): void; error(...a: unknown[]): void };
  /** Offset of the client's clock from local-sts's, for the clock-skew rows. */
  skewMs: number;
  /** Options of the StsClient a provider builds: through the proxy, on the fake clock, retries without real waits. */
  clientConfig(): StsClientConfig;
  /** Things to tear down with the row (temporary files, extra servers). */
  readonly cleanups: (() => Promise<void> | void)[];
  close(): Promise<void>;
}

export async function startRowWorld(): Promise<RowWorld> {
  // Starts at the real time: the CLI rows sign with the system clock, as a user's CLI does.
  const clock = new ManualClock(Date.now());
  const sts = await startLocalSts({ clock, lifetimeSeconds: LIFETIME_SECONDS });
  const secrets = new Set<string>([sts.defaults.secretAccessKey]);
  const proxy = await startFaultProxy(sts.endpoint, (secret) => secrets.add(secret));
  const logs: string[] = [];
  const record = (...parts: unknown[]): void => {
    logs.push(parts.map((part) => (typeof part === 'string' ? part : inspect(part, { depth: 6 }))).join(' '));
  };
  const cleanups: (() => Promise<void> | void)[] = [];
  const world: RowWorld = {
    clock,
    sts,
    proxy,
    secrets,
    logs,
    logger: { debug: record, info: record, warn: record, error: record },
    skewMs: 0,
    cleanups,
    clientConfig: () => ({
      endpoint: proxy.endpoint,
      region: 'us-east-1',
      env: {},
      clock: { now: () => clock.now() + world.skewMs },
      sleep: async () => undefined,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      logger: world.logger,
    }),
    async close() {
      for (const cleanup of cleanups.reverse()) await cleanup();
      await proxy.close();
      await sts.close();
    },
  };
  return world;
}
