import { inspect } from 'node:util';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ManualClock, type Credentials } from '@stskit/credentials';
import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import { StsClient } from '@stskit/sts';
import { openSocketsAfterClose } from '../../web-identity/test/support/openSockets.js';
import { fromFederationToken } from '../src/fromFederationToken.js';

const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
const MINUTE = 60_000;

let clock: ManualClock;
let sts: LocalSts;
let logged: string[];

beforeEach(async () => {
  clock = new ManualClock(Date.UTC(2025, 0, 1));
  sts = await startLocalSts({ clock });
  logged = [];
});

afterEach(() => sts.close());

/** What the clients log; checked for secrets. */
function logger() {
  const keep = (...parts: unknown[]) => void logged.push(parts.map(String).join(' '));
  return { debug: keep, info: keep, warn: keep, error: keep };
}

/** The broker's long-term key: local-sts's default IAM user. */
function brokerKey() {
  return { accessKeyId: sts.defaults.accessKeyId, secretAccessKey: sts.defaults.secretAccessKey };
}

/** An AWS SDK v3 client signing with `credentials` at local-sts's (fake) time. */
function sdkClient(credentials: () => Promise<Credentials>): STSClient {
  return new STSClient({ endpoint: sts.endpoint, region: 'us-east-1', credentials, systemClockOffset: clock.now() - Date.now() });
}

function expectNoSecretLogged(credentials: readonly Credentials[]): void {
  const text = logged.join('\n');
  expect(text).not.toContain(sts.defaults.secretAccessKey);
  for (const issued of credentials) {
    expect(text).not.toContain(issued.secretAccessKey);
    expect(text).not.toContain(issued.sessionToken);
  }
}

describe(`${fromFederationToken.name} against local-sts`, () => {
  it('should let a broker serve 50 users from one StsClient, and leave nothing open once closed', async () => {
    const client = new StsClient({ endpoint: sts.endpoint, region: 'us-east-1', credentials: brokerKey(), clock, logger: logger() });
    const users = Array.from({ length: 50 }, (_, index) => `user-${String(index).padStart(2, '0')}`);
    const providers = users.map((name) =>
      fromFederationToken({ client, name, policy: POLICY, tags: [{ Key: 'tenant', Value: name }], clock, refresh: 'background' }),
    );
    const credentials = await Promise.all(providers.map((provider) => provider()));
    expect(new Set(credentials.map((issued) => issued.accessKeyId)).size).toBe(50);
    expect(sts.calls('GetFederationToken')).toBe(50);

    const sdk = sdkClient(providers[7]!);
    const identity = await sdk.send(new GetCallerIdentityCommand({}));
    sdk.destroy();
    expect(identity.Arn).toBe(`arn:aws:sts::${sts.defaults.accountId}:federated-user/user-07`);

    for (const provider of providers) provider.close();
    // Closing providers leaves the broker's client working; its owner destroys it.
    await expect(providers[0]!({ forceRefresh: true })).resolves.toMatchObject({ accountId: sts.defaults.accountId });
    client.destroy();
    await sts.close();
    expect(clock.pendingTimers).toBe(0);
    expect(await openSocketsAfterClose()).toEqual([]);
    expectNoSecretLogged(credentials);
  });

  it('should sign with sourceCredentials and refresh before the session expires', async () => {
    const provider = fromFederationToken({
      name: 'carol',
      policy: POLICY,
      durationSeconds: 900,
      sourceCredentials: brokerKey(),
      clientConfig: { endpoint: sts.endpoint, region: 'us-east-1', clock, logger: logger() },
      clock,
    });
    const first = await provider();
    expect(first.expiration).toEqual(new Date(clock.now() + 15 * MINUTE));
    await clock.advance(15 * MINUTE);
    const second = await provider();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(sts.calls('GetFederationToken')).toBe(2);
    provider.close();
    expectNoSecretLogged([first, second]);
    expect(`${inspect(second)} ${JSON.stringify(second)}`).not.toContain(second.secretAccessKey);
  });

  it('should fail as ProviderFailed when signed by temporary credentials, which STS refuses', async () => {
    const userClient = new StsClient({ endpoint: sts.endpoint, region: 'us-east-1', credentials: brokerKey(), clock });
    const session = await userClient.getSessionToken();
    userClient.destroy();
    const { AccessKeyId, SecretAccessKey, SessionToken } = session.Credentials!;
    const provider = fromFederationToken({
      name: 'carol',
      sourceCredentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken },
      clientConfig: { endpoint: sts.endpoint, region: 'us-east-1', clock },
      clock,
    });
    const error = await provider().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'ProviderFailed', cause: { statusCode: 403 } });
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(SecretAccessKey);
    provider.close();
  });
});
