/**
 * The subjects that meet every STS fault: each STS-backed provider, the chain, and the CLI's
 * `credential-process` and `exec --server` run in process as providers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fromAssumeRole } from '@stskit/assume-role';
import { chain, fromEnv } from '@stskit/chain';
import { main } from '@stskit/cli';
import { CredentialsError, fromStsCredentials, type CredentialProvider, type Credentials } from '@stskit/credentials';
import { fromFederationToken } from '@stskit/federation-token';
import { fromSaml } from '@stskit/saml';
import { fromSessionToken } from '@stskit/session-token';
import { fromWebIdentity } from '@stskit/web-identity';
import type { RowWorld } from './RowWorld.js';
import type { Subject } from './rowTypes.js';

/** Registers a token or assertion as a secret as it is handed to the provider. */
export function secretFrom(world: RowWorld, make: () => string | Promise<string>): () => Promise<string> {
  return async () => {
    const secret = await make();
    world.secrets.add(secret);
    return secret;
  };
}

function source(world: RowWorld): { accessKeyId: string; secretAccessKey: string } {
  return { accessKeyId: world.sts.defaults.accessKeyId, secretAccessKey: world.sts.defaults.secretAccessKey };
}

export const assumeRole = (world: RowWorld, sourceCredentials: unknown = source(world), roleIndex = 0): CredentialProvider =>
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
function cliSubject(name: string, argv: readonly string[]): Subject {
  return {
    name,
    action: 'AssumeRole',
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

export const CLI_SUBJECTS: readonly Subject[] = [
  cliSubject('stskit credential-process', ['credential-process', '--profile', 'role']),
  cliSubject('stskit exec --server', ['exec', '--profile', 'role', '--server', '--', process.execPath, '-e', CONTAINER_CLIENT]),
];
