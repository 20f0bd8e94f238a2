/**
 * Rows whose subject or fault is particular: role chains, token files, credential_process,
 * and the metadata endpoints.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromContainer, fromImds, fromProcess } from '@stskit/chain';
import type { Credentials } from '@stskit/credentials';
import { fromWebIdentity } from '@stskit/web-identity';
import { startRefusingServer } from '../support/refusingServer.js';
import { MINUTE, type RowWorld } from './RowWorld.js';
import { failed, type FaultRow, type Subject } from './rowTypes.js';
import { assumeRole, secretFrom } from './subjects.js';

/** Rows whose subject or fault is particular: role chains, token files, processes, metadata endpoints. */
export const SPECIAL_ROWS: readonly FaultRow[] = [
  {
    subject: {
      name: 'fromAssumeRole from fromAssumeRole (role chain)',
      action: 'AssumeRole',
      create: async (world) => assumeRole(world, assumeRole(world), 1),
    },
    fault: {
      name: 'STS clock jumps 16 min: the source credentials are already expired at STS',
      phase: 'warm',
      apply: (world) => world.sts.advanceTime(16 * MINUTE),
      expect: { kind: 'refreshed' },
    },
  },
  {
    subject: {
      name: 'fromAssumeRole from a source that outlives its credentials',
      action: 'AssumeRole',
      async create(world) {
        // The source's credentials expire at STS while the source still calls them valid
        // (a clock behind STS's, a cache that trusts a stale file): a chain mid-way.
        const source = assumeRole(world);
        world.cleanups.push(() => source.close());
        let pinned: Credentials | undefined;
        const staleSource = async (): Promise<Credentials> =>
          (pinned ??= { ...(await source()), expiration: new Date(world.clock.now() + 24 * 60 * MINUTE) });
        return assumeRole(world, staleSource, 1);
      },
    },
    fault: {
      name: 'the source credentials expire at STS mid-chain',
      phase: 'warm',
      apply: (world) => world.sts.advanceTime(MINUTE),
      expect: failed('ProviderFailed', 'ExpiredToken'),
    },
  },
  ...(['missing', 'empty'] as const).map((state): FaultRow => ({
    subject: webIdentityFromFile(async (path) => (state === 'empty' ? writeFile(path, '') : undefined)),
    fault: { name: `token file ${state}`, phase: 'cold', apply: () => undefined, expect: failed('InvalidConfiguration', 'CredentialsError') },
  })),
  {
    subject: webIdentityFromFile(async (path, world) => writeFile(path, await secretFrom(world, () => world.sts.defaults.oidc.sign())())),
    fault: {
      name: 'token file rotated mid-run',
      phase: 'warm',
      apply: async (world) => writeFile(tokenPathOf(world), await secretFrom(world, () => world.sts.defaults.oidc.sign({ sub: 'rotated' }))()),
      expect: { kind: 'refreshed' },
    },
  },
  ...([
    ['hangs', 'setTimeout(() => {}, 60000)'],
    ['exits 1', 'process.exit(1)'],
    ['prints garbage', "console.log('<html>not json</html>')"],
  ] as const).map(([behaviour, script]): FaultRow => ({
    subject: {
      name: 'fromProcess (credential_process)',
      create: async (world) => fromProcess({ command: `"${process.execPath}" -e "${script}"`, timeoutMs: 500, clock: world.clock }),
    },
    fault: { name: `credential_process ${behaviour}`, phase: 'cold', apply: () => undefined, expect: failed('ProviderFailed', 'CredentialsError') },
  })),
  {
    subject: { name: 'fromImds', create: async (world) => fromImds({ endpoint: await refusingEndpoint(world), timeoutMs: 2_000, maxAttempts: 2, env: {}, clock: world.clock }) },
    fault: { name: 'IMDS endpoint down (connections reset)', phase: 'cold', apply: () => undefined, expect: failed('NotLoaded', 'CredentialsError') },
  },
  {
    subject: {
      name: 'fromContainer',
      create: async (world) =>
        fromContainer({ env: { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${await refusingEndpoint(world)}/credentials` }, timeoutMs: 2_000, maxAttempts: 2, clock: world.clock }),
    },
    fault: { name: 'container endpoint down (connections reset)', phase: 'cold', apply: () => undefined, expect: failed('ProviderFailed', 'CredentialsError') },
  },
];

const tokenPaths = new WeakMap<RowWorld, string>();

function tokenPathOf(world: RowWorld): string {
  const path = tokenPaths.get(world);
  if (path === undefined) throw new Error('the subject made no token file');
  return path;
}

/** fromWebIdentity reading a token file in a fresh directory, which `prepare` may fill. */
function webIdentityFromFile(prepare: (path: string, world: RowWorld) => Promise<unknown>): Subject {
  return {
    name: 'fromWebIdentity (token file)',
    action: 'AssumeRoleWithWebIdentity',
    signed: false,
    async create(world) {
      const directory = await mkdtemp(join(tmpdir(), 'stskit-token-'));
      world.cleanups.push(() => rm(directory, { recursive: true, force: true }));
      const path = join(directory, 'token');
      tokenPaths.set(world, path);
      await prepare(path, world);
      return fromWebIdentity({
        roleArn: world.sts.defaults.roleArns[4]!,
        roleSessionName: 'fault-matrix',
        webIdentityTokenFile: path,
        clientConfig: world.clientConfig(),
        clock: world.clock,
      });
    },
  };
}

async function refusingEndpoint(world: RowWorld): Promise<string> {
  const server = await startRefusingServer();
  world.cleanups.push(() => server.close());
  return server.endpoint;
}
