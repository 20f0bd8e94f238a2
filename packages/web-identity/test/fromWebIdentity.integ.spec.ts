import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { CredentialsError, type CredentialProvider } from '@stskit/credentials';
import { LocalStsHarness } from '../../../test/support/LocalStsHarness.js';
import { openSocketsAfterClose } from '../../../test/support/openSockets.js';
import { fromWebIdentity, type FromWebIdentityInit } from '../src/fromWebIdentity.js';
import { fromWebIdentityEnv } from '../src/fromWebIdentityEnv.js';

const MINUTE = 60_000;
const SESSION = 'orders-pod';

let harness: LocalStsHarness;
let dir: string;
let providers: CredentialProvider[];

beforeEach(async () => {
  harness = await LocalStsHarness.start();
  dir = await mkdtemp(join(tmpdir(), 'web-identity-integ-'));
  providers = [];
});

afterEach(async () => {
  for (const provider of providers) provider.close();
  await harness.close();
  await rm(dir, { recursive: true, force: true });
  harness.expectNoSecretIn();
});

function webIdentityRole(): string {
  return harness.sts.defaults.roleArns[4]!;
}

/** A token from local-sts's identity provider, remembered as a secret. */
async function signToken(claims: Record<string, unknown> = {}): Promise<string> {
  return harness.rememberSecret(await harness.sts.defaults.oidc.sign(claims));
}

function provide(init: Omit<FromWebIdentityInit, 'roleArn' | 'clock' | 'clientConfig'>): CredentialProvider {
  const provider = fromWebIdentity({
    roleArn: webIdentityRole(),
    roleSessionName: SESSION,
    clientConfig: { endpoint: harness.sts.endpoint, region: 'us-east-1', logger: harness.logger },
    clock: harness.clock,
    ...init,
  });
  providers.push(provider);
  return provider;
}

/** Runs `call` while moving fake time over the provider's pauses between retries. */
async function whileAdvancing<T>(call: Promise<T>): Promise<T> {
  let settled = false;
  call.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    if (harness.clock.pendingTimers > 0) await harness.clock.advance(2_000);
    else await new Promise((resolve) => setImmediate(resolve));
  }
  return call;
}

function subjectsSeen(): (string | undefined)[] {
  return harness.sts.events('AssumeRoleWithWebIdentity').map((event) => event.userIdentity.userName);
}

describe(`${fromWebIdentity.name} against local-sts`, () => {
  it('should give credentials of the assumed role to an AWS SDK v3 client', async () => {
    const provider = provide({ webIdentityToken: () => signToken() });
    const sdk = harness.sdkClient(provider);
    const identity = await sdk.send(new GetCallerIdentityCommand({}));
    sdk.destroy();
    expect(identity.Arn).toBe(`arn:aws:sts::${harness.sts.defaults.accountId}:assumed-role/local-sts-web-identity/${SESSION}`);
    const credentials = await provider();
    expect(credentials.accountId).toBe(harness.sts.defaults.accountId);
    harness.remember(credentials);
  });

  it('should pick up a token file rotated mid-run at the next refresh', async () => {
    const file = join(dir, 'token');
    const now = () => Math.floor(harness.clock.now() / 1000);
    await writeFile(file, await signToken({ sub: 'first', exp: now() + 10 * 60 }));
    const provider = provide({ webIdentityTokenFile: file });
    const first = await provider();
    // The kubelet rotates the token long before it expires.
    await writeFile(file, await signToken({ sub: 'second', exp: now() + 3 * 60 * 60 }));
    expect(await provider()).toBe(first);
    await harness.clock.advance(61 * MINUTE); // the first credentials and the first token have expired
    const second = await provider();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(subjectsSeen()).toEqual(['first', 'second']);
  });

  it.each([
    { what: 'missing', content: undefined, message: 'no such file' },
    { what: 'empty', content: '\n', message: 'is empty' },
  ])('should fail with a clear InvalidConfiguration error for a $what token file', async ({ content, message }) => {
    const file = join(dir, 'token');
    if (content !== undefined) await writeFile(file, content);
    const error = await provide({ webIdentityTokenFile: file })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ kind: 'InvalidConfiguration' });
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain(message);
    expect(harness.sts.calls()).toBe(0);
  });

  it('should retry InvalidIdentityToken while STS cannot yet verify the token', async () => {
    harness.sts.faults.add({
      action: 'AssumeRoleWithWebIdentity',
      times: 2,
      fault: { kind: 'error', code: 'InvalidIdentityToken', message: "Couldn't retrieve verification key from your identity provider" },
    });
    const credentials = await whileAdvancing(provide({ webIdentityToken: () => signToken() })());
    expect(credentials.expiration!.getTime()).toBeGreaterThan(harness.clock.now());
    expect(harness.sts.calls('AssumeRoleWithWebIdentity')).toBe(3);
  });

  it('should retry an expired token once with a fresh one', async () => {
    const expired = await signToken({ exp: Math.floor(harness.clock.now() / 1000) - 1 });
    const tokens = [expired, await signToken({ sub: 'fresh' })];
    const credentials = await provide({ webIdentityToken: () => tokens.shift()! })();
    expect(credentials.accessKeyId).toMatch(/^ASIA/u);
    expect(harness.sts.events('AssumeRoleWithWebIdentity').map((event) => event.errorCode)).toEqual(['ExpiredTokenException', undefined]);
  });

  it('should keep the token out of the error STS refusals become', async () => {
    const token = await signToken({ aud: 'someone-else' });
    const error = await whileAdvancing(provide({ webIdentityToken: token })()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'ProviderFailed', cause: { name: 'InvalidIdentityToken' } });
    expect(harness.sts.calls('AssumeRoleWithWebIdentity')).toBe(3);
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(token);
  });
});

describe(`${fromWebIdentityEnv.name} against local-sts`, () => {
  it('should assume the role the environment names, reaching STS through the same environment', async () => {
    const file = join(dir, 'token');
    await writeFile(file, await signToken());
    const env = {
      AWS_WEB_IDENTITY_TOKEN_FILE: file,
      AWS_ROLE_ARN: webIdentityRole(),
      AWS_ROLE_SESSION_NAME: 'from-env',
      AWS_ENDPOINT_URL_STS: harness.sts.endpoint,
      AWS_REGION: 'eu-west-1',
    };
    const provider = fromWebIdentityEnv({ env, clock: harness.clock });
    providers.push(provider);
    const sdk = harness.sdkClient(provider, 'eu-west-1');
    const identity = await sdk.send(new GetCallerIdentityCommand({}));
    sdk.destroy();
    expect(identity.Arn).toMatch(/assumed-role\/local-sts-web-identity\/from-env$/u);
  });
});

describe('closing', () => {
  it('should leave no timer or socket open once the provider and server are closed', async () => {
    const provider = provide({ webIdentityToken: () => signToken(), refresh: 'background' });
    await provider();
    expect(harness.clock.pendingTimers).toBe(1); // the background refresh
    provider.close();
    await harness.sts.close();
    expect(harness.clock.pendingTimers).toBe(0);
    expect(await openSocketsAfterClose()).toEqual([]);
  });
});
