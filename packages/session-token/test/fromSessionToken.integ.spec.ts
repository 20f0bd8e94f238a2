/**
 * fromSessionToken end to end: against local-sts, on fake time, used by AWS SDK v3.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { GetAccessKeyInfoCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fromIni } from '@aws-sdk/credential-providers';
import { LocalStsHarness } from '../../../test/support/LocalStsHarness.js';
import { fromSessionToken } from '../src/fromSessionToken.js';

const HOUR = 60 * 60_000;

describe(`${fromSessionToken.name} against local-sts`, () => {
  let harness: LocalStsHarness;
  beforeEach(async () => {
    harness = await LocalStsHarness.start();
  });
  afterEach(() => harness.close());

  const mfaSession = (durationSeconds?: number) =>
    fromSessionToken({
      sourceCredentials: harness.userKey,
      serialNumber: harness.sts.defaults.mfaSerial,
      tokenCode: harness.tokenCode,
      durationSeconds,
      clientConfig: harness.clientConfig,
      clock: harness.clock,
      onRefresh: harness.remember,
    });

  it('should give credentials of the IAM user that AWS SDK v3 clients sign with', async () => {
    const session = mfaSession();
    try {
      const sdk = harness.sdkClient(session);
      const identity = await sdk.send(new GetCallerIdentityCommand({}));
      expect(identity.Arn).toBe(harness.sts.defaults.userArn);
      const keyInfo = await sdk.send(new GetAccessKeyInfoCommand({ AccessKeyId: (await session()).accessKeyId }));
      expect(keyInfo.Account).toBe(harness.sts.defaults.accountId);
      expect((await session()).accessKeyId).toMatch(/^ASIA/);
      sdk.destroy();
      harness.expectNoSecretIn(inspect(await session()), JSON.stringify(await session()));
    } finally {
      session.close();
    }
  });

  it('should ask for the MFA code once per session, however many calls and refreshes of its cache', async () => {
    const session = mfaSession(3600);
    try {
      const first = await session();
      for (let minute = 0; minute < 40; minute += 5) {
        await harness.clock.advance(5 * 60_000);
        await Promise.all(Array.from({ length: 20 }, () => session()));
      }
      expect(harness.tokenCodeCalls).toBe(1);
      await harness.clock.advance(HOUR);
      const second = await session();
      expect(second.accessKeyId).not.toBe(first.accessKeyId);
      expect(harness.tokenCodeCalls).toBe(2);
      expect(harness.sts.calls('GetSessionToken')).toBe(2);
    } finally {
      session.close();
    }
  });

  it('should request the duration asked for', async () => {
    const session = mfaSession(129600);
    try {
      expect((await session()).expiration?.getTime()).toBe(harness.clock.now() + 129600 * 1000);
    } finally {
      session.close();
    }
  });

  it('should sign with the credentials of any AWS SDK v3 provider', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stskit-session-token-'));
    try {
      const { accessKeyId, secretAccessKey } = harness.userKey;
      await writeFile(join(dir, 'credentials'), `[alice]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`);
      await writeFile(join(dir, 'config'), '');
      const session = fromSessionToken({
        sourceCredentials: fromIni({ profile: 'alice', filepath: join(dir, 'credentials'), configFilepath: join(dir, 'config') }),
        clientConfig: harness.clientConfig,
        clock: harness.clock,
      });
      const sdk = harness.sdkClient(session);
      expect((await sdk.send(new GetCallerIdentityCommand({}))).Arn).toBe(harness.sts.defaults.userArn);
      sdk.destroy();
      session.close();
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('should fail clearly, without the code, when STS refuses the MFA code', async () => {
    const session = fromSessionToken({
      sourceCredentials: harness.userKey,
      serialNumber: harness.sts.defaults.mfaSerial,
      tokenCode: () => (harness.sts.defaults.totp() === '000000' ? '111111' : '000000'),
      clientConfig: harness.clientConfig,
      clock: harness.clock,
    });
    try {
      const error = await session().catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'CredentialsError', kind: 'ProviderFailed', cause: { code: 'AccessDenied' } });
      harness.expectNoSecretIn(inspect(error), String(error));
      expect(inspect(error)).not.toContain('000000');
    } finally {
      session.close();
    }
  });
});
