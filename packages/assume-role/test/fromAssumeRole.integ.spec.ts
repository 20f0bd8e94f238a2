/**
 * fromAssumeRole end to end: against local-sts, on fake time, used by AWS SDK v3.
 */
import { inspect } from 'node:util';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { CredentialProvider } from '@stskit/credentials';
import type { World } from '@stskit/local-sts';
import { fromSessionToken } from '@stskit/session-token';
import { LocalStsHarness } from '../../../test/support/LocalStsHarness.js';
import { fromAssumeRole, type FromAssumeRoleInit } from '../src/fromAssumeRole.js';

const HOUR = 60 * 60_000;

describe(`${fromAssumeRole.name} against local-sts`, () => {
  let harness: LocalStsHarness;
  const providers: CredentialProvider[] = [];
  beforeEach(async () => {
    harness = await LocalStsHarness.start();
  });
  afterEach(async () => {
    providers.splice(0).forEach((provider) => provider.close());
    await harness.close();
  });

  /** A provider on the harness's server and clock, closed after the test. */
  const assumeRole = (init: Omit<FromAssumeRoleInit, 'clientConfig' | 'clock'>) => {
    const provider = fromAssumeRole({
      sourceCredentials: harness.userKey,
      clientConfig: harness.clientConfig,
      clock: harness.clock,
      onRefresh: harness.remember,
      logger: harness.logger,
      ...init,
    });
    providers.push(provider);
    return provider;
  };
  const mfaSession = () => {
    const session = fromSessionToken({
      sourceCredentials: harness.userKey,
      serialNumber: harness.sts.defaults.mfaSerial,
      tokenCode: harness.tokenCode,
      clientConfig: harness.clientConfig,
      clock: harness.clock,
      onRefresh: harness.remember,
    });
    providers.push(session);
    return session;
  };
  const callerArn = async (credentials: CredentialProvider) => {
    const sdk = harness.sdkClient(credentials);
    try {
      return (await sdk.send(new GetCallerIdentityCommand({}))).Arn;
    } finally {
      sdk.destroy();
    }
  };
  const roles = () => {
    const [plain, crossAccount, mfa, externalId] = harness.sts.defaults.roleArns;
    return { plain: plain!, crossAccount: crossAccount!, mfa: mfa!, externalId: externalId! };
  };

  it('should give role credentials that AWS SDK v3 clients sign with', async () => {
    const role = assumeRole({ roleArn: roles().plain, roleSessionName: 'e2e' });
    const { accountId } = harness.sts.defaults;
    expect(await callerArn(role)).toBe(`arn:aws:sts::${accountId}:assumed-role/local-sts-plain/e2e`);
    expect((await role()).accountId).toBe(accountId);

    // The SDK's own provider, signing its AssumeRole call with ours.
    const sdkChained = fromTemporaryCredentials({
      masterCredentials: role,
      params: { RoleArn: roles().plain, RoleSessionName: 'sdk-hop' },
      clientConfig: { endpoint: harness.sts.endpoint, region: 'us-east-1', systemClockOffset: harness.clock.now() - Date.now() },
    });
    expect((await sdkChained()).accessKeyId).toMatch(/^ASIA/);
    harness.expectNoSecretIn(inspect(await role()), JSON.stringify(await role()));
  });

  it('should send the external ID the role demands, and fail clearly without it', async () => {
    const withId = assumeRole({ roleArn: roles().externalId, externalId: harness.sts.defaults.externalId });
    expect(await callerArn(withId)).toContain(':assumed-role/local-sts-external-id/stskit-');
    const error = await assumeRole({ roleArn: roles().externalId })().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'CredentialsError', kind: 'ProviderFailed', cause: { code: 'AccessDenied' } });
    harness.expectNoSecretIn(inspect(error));
  });

  it('should prove MFA with serialNumber and tokenCode on the role itself', async () => {
    const role = assumeRole({ roleArn: roles().mfa, serialNumber: harness.sts.defaults.mfaSerial, tokenCode: harness.tokenCode });
    expect(await callerArn(role)).toContain(':assumed-role/local-sts-mfa/');
    expect(harness.tokenCodeCalls).toBe(1);
  });

  it('should ask for MFA once through a session-token source and reuse it for every role (the aws-vault pattern)', async () => {
    const session = mfaSession();
    const { plain, crossAccount, mfa } = roles();
    const arns = await Promise.all([plain, crossAccount, mfa].map((roleArn) => callerArn(assumeRole({ roleArn, sourceCredentials: session }))));
    expect(arns).toEqual([
      expect.stringContaining(`arn:aws:sts::${harness.sts.defaults.accountId}:assumed-role/local-sts-plain/`),
      expect.stringContaining(`arn:aws:sts::${harness.sts.defaults.secondAccountId}:assumed-role/local-sts-cross-account/`),
      expect.stringContaining(`arn:aws:sts::${harness.sts.defaults.accountId}:assumed-role/local-sts-mfa/`),
    ]);
    expect(harness.tokenCodeCalls).toBe(1);
    expect(harness.sts.calls('GetSessionToken')).toBe(1);
    harness.expectNoSecretIn();
  });

  it('should ask for the MFA code once per MFA session over many refreshes of a role chained from it', async () => {
    const role = assumeRole({ roleArn: roles().mfa, sourceCredentials: mfaSession() }); // 12-hour session, 1-hour role
    const seen = new Set<string>();
    for (let hour = 0; hour < 10; hour++) {
      seen.add((await role()).accessKeyId);
      await harness.clock.advance(HOUR);
    }
    expect(seen.size).toBe(10);
    expect(harness.tokenCodeCalls).toBe(1);
    await harness.clock.advance(3 * HOUR); // past the session's 12 hours
    await role();
    expect(harness.tokenCodeCalls).toBe(2);
    expect(harness.sts.calls('GetSessionToken')).toBe(2);
    harness.expectNoSecretIn();
  });

  it('should make one call for 100 providers with the same request', async () => {
    const key = harness.userKey;
    const many = Array.from({ length: 100 }, () => assumeRole({ roleArn: roles().plain, roleSessionName: 'shared', sourceCredentials: key }));
    const results = await Promise.all(many.map((provider) => provider()));
    expect(harness.sts.calls('AssumeRole')).toBe(1);
    expect(new Set(results.map((credentials) => credentials.accessKeyId)).size).toBe(1);
  });

  it('should fail as InvalidConfiguration when STS rejects the request as invalid', async () => {
    // The external-ID role keeps IAM's default maximum session of one hour.
    const role = assumeRole({ roleArn: roles().externalId, externalId: harness.sts.defaults.externalId, durationSeconds: 7200 });
    const error = await role().catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: 'CredentialsError',
      kind: 'InvalidConfiguration',
      message: 'fromAssumeRole: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      cause: { code: 'ValidationError' },
    });
  });

  it('should leave no timer or socket open once closed', async () => {
    const before = openHandles();
    const role = fromAssumeRole({
      roleArn: roles().plain,
      sourceCredentials: harness.userKey,
      clientConfig: harness.clientConfig,
      clock: harness.clock,
      refresh: 'background',
    });
    await role();
    expect(harness.clock.pendingTimers).toBe(1);
    role.close();
    expect(harness.clock.pendingTimers).toBe(0);
    await harness.close();
    await settle();
    expect(openHandles()).toEqual(before.filter((handle) => handle !== 'TCPServerWrap'));
  });
});

describe(`${fromAssumeRole.name} across three accounts`, () => {
  const devKey = { accessKeyId: 'AKIAQQQQQQQQQQQQQQQQ', secretAccessKey: 'threeAccountsSecretKey0001' };
  const world: World = {
    accounts: [
      { id: '111111111111', users: [{ name: 'dev', accessKeys: [devKey] }] },
      { id: '222222222222', roles: [{ name: 'hub', maxSessionDurationSeconds: 43200, trust: { principals: ['111111111111'] } }] },
      { id: '333333333333', roles: [{ name: 'target', maxSessionDurationSeconds: 43200, trust: { principals: ['arn:aws:iam::222222222222:role/hub'] } }] },
    ],
  };

  it('should chain roles through each account, capping the chained hop at one hour with a warning', async () => {
    const harness = await LocalStsHarness.start({ world });
    const base = { clientConfig: harness.clientConfig, clock: harness.clock, logger: harness.logger, onRefresh: harness.remember };
    const hub = fromAssumeRole({
      ...base,
      roleArn: 'arn:aws:iam::222222222222:role/hub',
      sourceCredentials: devKey,
      durationSeconds: 7200, // from a long-term key: not role chaining, so granted
    });
    const target = fromAssumeRole({ ...base, roleArn: 'arn:aws:iam::333333333333:role/target', sourceCredentials: hub, durationSeconds: 7200 });
    try {
      const sdk = harness.sdkClient(target);
      const identity = await sdk.send(new GetCallerIdentityCommand({}));
      sdk.destroy();
      expect(identity.Account).toBe('333333333333');
      expect(identity.Arn).toMatch(/^arn:aws:sts::333333333333:assumed-role\/target\/stskit-\d+$/);
      expect((await hub()).expiration?.getTime()).toBe(harness.clock.now() + 2 * HOUR);
      expect((await target()).expiration?.getTime()).toBe(harness.clock.now() + HOUR);
      expect(harness.logs.filter((line) => line.startsWith('warn'))).toEqual([
        'warn fromAssumeRole: durationSeconds 7200 exceeds the 3600 s STS allows when chaining from temporary credentials; ' +
          'requesting 3600 s for arn:aws:iam::333333333333:role/target',
      ]);
      harness.expectNoSecretIn();
      expect(harness.logs.join('\n')).not.toContain(devKey.secretAccessKey);
    } finally {
      target.close();
      hub.close();
      await harness.close();
    }
  });
});

/** Lets closed sockets finish closing: a few turns of the event loop, no waiting on time. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
}

function openHandles(): string[] {
  return process.getActiveResourcesInfo().filter((name) => name !== 'Immediate').sort();
}
