/**
 * The fault matrix: one table of subjects (every provider, the chain) and faults (scripted
 * in local-sts, in the fault proxy, or in the subject's own inputs), each row stating the
 * outcome it expects. `faultMatrix.spec.ts` runs every row through one body, and the report
 * prints this table with what each run observed.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fromAssumeRole } from '@stskit/assume-role';
import { chain, fromContainer, fromEnv, fromImds, fromProcess } from '@stskit/chain';
import { CredentialsError, fromStsCredentials, type CredentialProvider, type CredentialsErrorKind } from '@stskit/credentials';
import { main } from '@stskit/cli';
import { fromFederationToken } from '@stskit/federation-token';
import type { Credentials } from '@stskit/credentials';
import type { Fault as LocalStsFault } from '@stskit/local-sts';
import { fromSaml } from '@stskit/saml';
import { fromSessionToken } from '@stskit/session-token';
import type { StsOperationName } from '@stskit/sts';
import { fromWebIdentity } from '@stskit/web-identity';
import { startRefusingServer } from '../support/refusingServer.js';
import { MINUTE, REQUEST_TIMEOUT_MS, type RowWorld } from './RowWorld.js';

/** What a row expects the provider's caller to get. */
export type Outcome =
  | { readonly kind: 'succeeded' }
  | { readonly kind: 'retried and succeeded' }
  | { readonly kind: 'refreshed' }
  | { readonly kind: 'stale credentials served' }
  | {
      readonly kind: 'typed error';
      readonly errorKind: CredentialsErrorKind;
      /** The error's name or code somewhere along the cause chain. */
      readonly cause: string;
      /** What a subject that reports only text (the CLI) must say instead, when it names no cause. */
      readonly says?: RegExp;
    };

export interface Subject {
  readonly name: string;
  /** Which of the shared STS faults apply (all when absent). */
  readonly meets?: (fault: FaultSpec) => boolean;
  /**
   * An unref'd timer this subject may leave behind (it cannot hold a process open, and
   * expires by itself), with why; the report names it for every row it applies to.
   */
  readonly toleratedTimer?: { readonly origin: string; readonly why: string };
  /** False for the operations STS takes unsigned (web identity, SAML): no request time to refuse. */
  readonly signed?: boolean;
  /** The STS action its refresh calls, for faults scripted in local-sts. */
  readonly action?: StsOperationName;
  create(world: RowWorld): Promise<CredentialProvider>;
}

/**
 * `cold`: the fault meets the first fetch. `warm`: the provider first gets credentials, the
 * fault starts, and the call comes 14.5 minutes later, in the mandatory window of 15-minute
 * credentials (the caller must wait for a refresh unless cached ones may be served).
 */
export type Phase = 'cold' | 'warm';

export interface FaultSpec {
  readonly name: string;
  readonly phase: Phase;
  apply(world: RowWorld, subject: Subject): void | Promise<void>;
  /** The outcome, or how it depends on the subject. */
  readonly expect: Outcome | ((subject: Subject) => Outcome);
}

export interface FaultRow {
  readonly subject: Subject;
  readonly fault: FaultSpec;
  /**
   * A bug this row finds and its owner has not fixed yet: the row runs as `it.failing`, so it
   * fails loudly once fixed, to be moved back among the passing rows.
   */
  readonly knownIssue?: string;
}

/** How long after warming up a `warm` row calls: inside the mandatory window of 15-minute credentials. */
export const WARM_ADVANCE_MS = 14.5 * MINUTE;

const retried: Outcome = { kind: 'retried and succeeded' };
const stale: Outcome = { kind: 'stale credentials served' };
const failed = (errorKind: CredentialsErrorKind, cause: string, says?: RegExp): Outcome => ({ kind: 'typed error', errorKind, cause, ...(says ? { says } : {}) });

function localSts(fault: LocalStsFault, times = 1): (world: RowWorld, subject: Subject) => void {
  return (world, subject) => world.sts.faults.add({ ...(subject.action ? { action: subject.action } : {}), times, fault });
}

/** Faults every STS-backed subject meets; each expects the same outcome whatever the operation. */
export const STS_FAULTS: readonly FaultSpec[] = [
  { name: 'throttling burst (2 × Throttling)', phase: 'cold', apply: localSts({ kind: 'throttle' }, 2), expect: retried },
  { name: 'HTTP 500 InternalFailure', phase: 'cold', apply: localSts({ kind: 'error', code: 'InternalFailure', status: 500 }), expect: retried },
  { name: 'HTTP 503 (2 ×)', phase: 'cold', apply: localSts({ kind: 'error', code: 'ServiceUnavailable', status: 503 }, 2), expect: retried },
  { name: 'IDPCommunicationError', phase: 'cold', apply: localSts({ kind: 'error', code: 'IDPCommunicationError', status: 400 }), expect: retried },
  { name: 'connection reset', phase: 'cold', apply: localSts({ kind: 'drop' }), expect: retried },
  { name: 'accept, then hang', phase: 'cold', apply: localSts({ kind: 'hang' }), expect: retried },
  { name: `reply just under the ${REQUEST_TIMEOUT_MS} ms timeout`, phase: 'cold', apply: localSts({ kind: 'latency', ms: REQUEST_TIMEOUT_MS / 4 }), expect: { kind: 'succeeded' } },
  { name: `reply just over the ${REQUEST_TIMEOUT_MS} ms timeout`, phase: 'cold', apply: localSts({ kind: 'latency', ms: REQUEST_TIMEOUT_MS * 2 }), expect: retried },
  { name: 'malformed XML (every reply)', phase: 'cold', apply: localSts({ kind: 'malformed' }, Infinity), expect: failed('ProviderFailed', 'StsResponseError', /not well-formed XML/) },
  { name: 'HTML error page (502)', phase: 'cold', apply: localSts({ kind: 'html' }), expect: retried },
  { name: 'truncated body', phase: 'cold', apply: localSts({ kind: 'truncated' }), expect: retried },
  {
    name: '10 MB body (every reply)',
    phase: 'cold',
    apply: (world) => {
      world.proxy.transform = (reply) => ({ ...reply, body: Buffer.concat([reply.body, Buffer.alloc(10 * 2 ** 20, ' ')]) });
    },
    expect: failed('ProviderFailed', 'StsResponseError', /larger than 1048576 bytes/),
  },
  {
    name: 'wrong content type (application/json)',
    phase: 'cold',
    apply: (world) => {
      world.proxy.transform = (reply) => ({ ...reply, headers: { ...reply.headers, 'content-type': 'application/json' } });
    },
    expect: { kind: 'succeeded' },
  },
  ...[20, -20].map((minutes): FaultSpec => ({
    name: `client clock 20 minutes ${minutes > 0 ? 'fast' : 'slow'}`,
    phase: 'cold',
    apply: (world) => void (world.skewMs = minutes * MINUTE),
    // A signed request is refused once, then re-signed with the offset STS's Date header
    // gives; an unsigned one carries no request time to refuse.
    expect: (subject) => (subject.signed === false ? { kind: 'succeeded' } : retried),
  })),
  {
    name: 'RegionDisabledException',
    phase: 'cold',
    apply: localSts({ kind: 'error', code: 'RegionDisabledException', status: 403 }, Infinity),
    expect: failed('ProviderFailed', 'RegionDisabledException'),
  },
  { name: 'HTTP 500 on every refresh', phase: 'warm', apply: localSts({ kind: 'error', code: 'InternalFailure', status: 500 }, Infinity), expect: stale },
  { name: 'throttling on every refresh', phase: 'warm', apply: localSts({ kind: 'throttle' }, Infinity), expect: stale },
  { name: 'STS unreachable on every refresh', phase: 'warm', apply: localSts({ kind: 'drop' }, Infinity), expect: stale },
  {
    name: 'AccessDenied after a trust change',
    phase: 'warm',
    apply: localSts({ kind: 'error', code: 'AccessDenied', status: 403, message: 'not authorized to perform: sts:AssumeRole' }, Infinity),
    expect: failed('ProviderFailed', 'AccessDenied'),
  },
];

/** Registers a token or assertion as a secret as it is handed to the provider. */
function secretFrom(world: RowWorld, make: () => string | Promise<string>): () => Promise<string> {
  return async () => {
    const secret = await make();
    world.secrets.add(secret);
    return secret;
  };
}

function source(world: RowWorld): { accessKeyId: string; secretAccessKey: string } {
  return { accessKeyId: world.sts.defaults.accessKeyId, secretAccessKey: world.sts.defaults.secretAccessKey };
}

const assumeRole = (world: RowWorld, sourceCredentials: unknown = source(world), roleIndex = 0): CredentialProvider =>
  fromAssumeRole({
    roleArn: world.sts.defaults.roleArns[roleIndex]!,
    roleSessionName: 'fault-matrix',
    clientConfig: world.clientConfig(),
    sourceCredentials: sourceCredentials as never,
    clock: world.clock,
    logger: world.logger,
  });

export const STS_SUBJECTS: readonly Subject[] = [
  { name: 'fromAssumeRole', action: 'AssumeRole', create: async (world) => assumeRole(world) },
  {
    name: 'fromSessionToken',
    action: 'GetSessionToken',
    create: async (world) => fromSessionToken({ clientConfig: world.clientConfig(), sourceCredentials: source(world), clock: world.clock }),
  },
  {
    name: 'fromWebIdentity',
    action: 'AssumeRoleWithWebIdentity',
    signed: false,
    create: async (world) =>
      fromWebIdentity({
        roleArn: world.sts.defaults.roleArns[4]!,
        roleSessionName: 'fault-matrix',
        webIdentityToken: secretFrom(world, () => world.sts.defaults.oidc.sign()),
        clientConfig: world.clientConfig(),
        clock: world.clock,
      }),
  },
  {
    name: 'fromSaml',
    action: 'AssumeRoleWithSAML',
    signed: false,
    create: async (world) =>
      fromSaml({
        roleArn: world.sts.defaults.roleArns[5]!,
        principalArn: world.sts.defaults.saml.principalArn,
        samlAssertion: secretFrom(world, () => world.sts.defaults.saml.assertion()),
        clientConfig: world.clientConfig(),
        clock: world.clock,
      }),
  },
  {
    name: 'fromFederationToken',
    action: 'GetFederationToken',
    create: async (world) => fromFederationToken({ name: 'fault-matrix', clientConfig: world.clientConfig(), sourceCredentials: source(world), clock: world.clock }),
  },
  {
    name: 'chain (env, then fromAssumeRole)',
    action: 'AssumeRole',
    create: async (world) => chain(['env', fromEnv({ env: {} })], ['assumeRole', assumeRole(world)]),
  },
];

const CHAIN_HTTP_TIMER =
  'chain/src/http/httpRequest.ts uses AbortSignal.timeout(timeoutMs), whose timer outlives the request: a timer is left behind after close';

/** A HOME with a config whose profile `role` assumes the plain role from `base`, STS behind the row's proxy. */
async function cliEnvironment(world: RowWorld): Promise<Record<string, string>> {
  const home = await mkdtemp(join(tmpdir(), 'stskit-cli-home-'));
  world.cleanups.push(() => rm(home, { recursive: true, force: true }));
  const { accessKeyId, secretAccessKey, roleArns } = world.sts.defaults;
  const configFile = join(home, 'config');
  await writeFile(
    configFile,
    `[profile base]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n\n[profile role]\nrole_arn = ${roleArns[0]}\nsource_profile = base\n`,
  );
  return {
    HOME: home,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_STS: world.proxy.endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
    PATH: process.env.PATH ?? '',
  };
}

/**
 * The CLI run in process as a provider: `argv` must make it print credentials JSON (with
 * `AccessKeyId`, `SecretAccessKey`, `SessionToken` or `Token`, `Expiration`) on stdout. Exit 0
 * gives those credentials (concealed again, as a provider's are); any other exit a
 * CredentialsError carrying what the command wrote to stderr, which the row checks for
 * secrets (stdout is the one output whose job is to hold them).
 */
function cliSubject(name: string, argv: readonly string[], toleratedTimer?: Subject['toleratedTimer']): Subject {
  return {
    name,
    action: 'AssumeRole',
    ...(toleratedTimer ? { toleratedTimer } : {}),
    // The CLI has no request timeout option (its client waits 10 s) and no clock option, and
    // each run is a new process, so the hang, timeout, skew and warm rows are left out.
    meets: (fault) => fault.phase === 'cold' && !/hang|timeout|clock/.test(fault.name),
    async create(world) {
      const env = await cliEnvironment(world);
      const provider = async (): Promise<Credentials> => {
        let stdout = '';
        let stderr = '';
        const code = await main(argv, {
          stdin: new PassThrough(),
          stdout: { write: (text: string) => (stdout += text) },
          stderr: { write: (text: string) => (stderr += text) },
          env,
          clock: world.clock,
          onSignal: () => () => undefined,
          childStdio: 'pipe',
        } as never);
        world.logs.push(stderr);
        if (code !== 0) {
          throw new CredentialsError(`${name} exited ${code}`, { kind: 'ProviderFailed', cause: new Error(stderr.trim()) });
        }
        const printed = JSON.parse(stdout) as { AccessKeyId: string; SecretAccessKey: string; SessionToken?: string; Token?: string; Expiration: string };
        return fromStsCredentials({
          AccessKeyId: printed.AccessKeyId,
          SecretAccessKey: printed.SecretAccessKey,
          SessionToken: printed.SessionToken ?? printed.Token ?? '',
          Expiration: new Date(printed.Expiration),
        });
      };
      return Object.assign(provider, { close: () => undefined });
    },
  };
}

/** What `exec --server` runs: a child that asks the container endpoint it was given, once. */
const CONTAINER_CLIENT = [
  'const { AWS_CONTAINER_CREDENTIALS_FULL_URI: uri, AWS_CONTAINER_AUTHORIZATION_TOKEN: token } = process.env;',
  'fetch(uri, { headers: { Authorization: token } }).then(async (reply) => {',
  '  if (!reply.ok) { process.stderr.write(`container endpoint answered ${reply.status}`); process.exit(3); }',
  '  process.stdout.write(await reply.text());',
  '});',
].join('\n');

const CLI_SUBJECTS: readonly Subject[] = [
  cliSubject('stskit credential-process', ['credential-process', '--profile', 'role']),
  cliSubject('stskit exec --server', ['exec', '--profile', 'role', '--server', '--', process.execPath, '-e', CONTAINER_CLIENT], {
    origin: 'cli/src/commands/exec/containerServer.ts',
    why:
      "the container server's keep-alive timer (5 s, unref'd), set by Node when a reply finishes, can outlive closeAllConnections() when the server stops right after answering",
  }),
];

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
    knownIssue: CHAIN_HTTP_TIMER,
    subject: { name: 'fromImds', create: async (world) => fromImds({ endpoint: await refusingEndpoint(world), timeoutMs: 2_000, maxAttempts: 2, env: {}, clock: world.clock }) },
    fault: { name: 'IMDS endpoint down (connections reset)', phase: 'cold', apply: () => undefined, expect: failed('NotLoaded', 'CredentialsError') },
  },
  {
    knownIssue: CHAIN_HTTP_TIMER,
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

/** The outcome a row expects of its subject. */
export function expectedOutcome({ subject, fault }: FaultRow): Outcome {
  return typeof fault.expect === 'function' ? fault.expect(subject) : fault.expect;
}

/** Every row: each STS subject against each STS fault, then the particular rows. */
export const FAULT_ROWS: readonly FaultRow[] = [
  ...[...STS_SUBJECTS, ...CLI_SUBJECTS].flatMap((subject) =>
    STS_FAULTS.filter((fault) => subject.meets?.(fault) ?? true).map((fault) => ({ subject, fault })),
  ),
  ...SPECIAL_ROWS,
];
