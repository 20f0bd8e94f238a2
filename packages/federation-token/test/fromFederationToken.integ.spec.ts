import { inspect } from 'node:util';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { Credentials } from '@stskit/credentials';
import { StsClient } from '@stskit/sts';
import { LocalStsHarness } from '../../../test/support/LocalStsHarness.js';
import { openSocketsAfterClose } from '../../../test/support/openSockets.js';
import { fromFederationToken } from '../src/fromFederationToken.js';

const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
const MINUTE = 60_000;

let harness: LocalStsHarness;

beforeEach(async () => {
  harness = await LocalStsHarness.start();
});

afterEach(() => harness.close());

/** The broker's long-term key: local-sts's default IAM user, remembered as a secret. */
function brokerKey() {
  return harness.userKey;
}

/** Fails when the broker's key (remembered by `brokerKey()`) or a secret of `credentials` was logged. */
function expectNoSecretLogged(credentials: readonly Credentials[]): void {
  for (const issued of credentials) harness.remember(issued);
  harness.expectNoSecretIn();
}

describe(`${fromFederationToken.name} against local-sts`, () => {
  it('should let a broker serve 50 users from one StsClient, and leave nothing open once closed', async () => {
    const { clock, logger } = harness;
    const client = new StsClient({ endpoint: harness.sts.endpoint, region: 'us-east-1', credentials: brokerKey(), clock, logger });
    const users = Array.from({ length: 50 }, (_, index) => `user-${String(index).padStart(2, '0')}`);
    const providers = users.map((name) =>
      fromFederationToken({ client, name, policy: POLICY, tags: [{ Key: 'tenant', Value: name }], clock, refresh: 'background' }),
    );
    const credentials = await Promise.all(providers.map((provider) => provider()));
    expect(new Set(credentials.map((issued) => issued.accessKeyId)).size).toBe(50);
    expect(harness.sts.calls('GetFederationToken')).toBe(50);

    const sdk = harness.sdkClient(providers[7]!);
    const identity = await sdk.send(new GetCallerIdentityCommand({}));
    sdk.destroy();
    expect(identity.Arn).toBe(`arn:aws:sts::${harness.sts.defaults.accountId}:federated-user/user-07`);

    for (const provider of providers) provider.close();
    // Closing providers leaves the broker's client working; its owner destroys it.
    await expect(providers[0]!({ forceRefresh: true })).resolves.toMatchObject({ accountId: harness.sts.defaults.accountId });
    client.destroy();
    await harness.sts.close();
    expect(harness.clock.pendingTimers).toBe(0);
    expect(await openSocketsAfterClose()).toEqual([]);
    expectNoSecretLogged(credentials);
  });

  it('should sign with sourceCredentials and refresh before the session expires', async () => {
    const provider = fromFederationToken({
      name: 'carol',
      policy: POLICY,
      durationSeconds: 900,
      sourceCredentials: brokerKey(),
      clientConfig: { endpoint: harness.sts.endpoint, region: 'us-east-1', clock: harness.clock, logger: harness.logger },
      clock: harness.clock,
    });
    const first = await provider();
    expect(first.expiration).toEqual(new Date(harness.clock.now() + 15 * MINUTE));
    await harness.clock.advance(15 * MINUTE);
    const second = await provider();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(harness.sts.calls('GetFederationToken')).toBe(2);
    provider.close();
    expectNoSecretLogged([first, second]);
    expect(`${inspect(second)} ${JSON.stringify(second)}`).not.toContain(second.secretAccessKey);
  });

  it('should fail as ProviderFailed when signed by temporary credentials, which STS refuses', async () => {
    const { clock } = harness;
    const userClient = new StsClient({ endpoint: harness.sts.endpoint, region: 'us-east-1', credentials: brokerKey(), clock });
    const session = await userClient.getSessionToken();
    userClient.destroy();
    const { AccessKeyId, SecretAccessKey, SessionToken } = session.Credentials!;
    const provider = fromFederationToken({
      name: 'carol',
      sourceCredentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken },
      clientConfig: { endpoint: harness.sts.endpoint, region: 'us-east-1', clock: harness.clock },
      clock: harness.clock,
    });
    const error = await provider().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'ProviderFailed', cause: { statusCode: 403 } });
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(SecretAccessKey);
    provider.close();
  });
});
