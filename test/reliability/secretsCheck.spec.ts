/**
 * Proof that the run-wide secret check (test/support/secretsCheck.ts) is real: it learns
 * secrets from HTTP traffic on its own, it reports a secret that reaches a captured sink, it
 * fails the test that leaked one, and it stays quiet about concealed output.
 */
import { inspect } from 'node:util';
import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import { StsClient } from '@stskit/sts';
import { findSecrets, registerSecret, secretLedger } from '../support/secretLedger.js';
import { capturedOutput } from '../support/secretsCheck.js';

const captured = capturedOutput();

describe('the run-wide secret check', () => {
  let sts: LocalSts;
  let client: StsClient;

  beforeAll(async () => {
    sts = await startLocalSts();
    client = new StsClient({
      endpoint: sts.endpoint,
      region: 'us-east-1',
      env: {},
      credentials: { accessKeyId: sts.defaults.accessKeyId, secretAccessKey: sts.defaults.secretAccessKey },
    });
  });
  afterAll(async () => {
    client.destroy();
    await sts.close();
  });

  it('should report a secret a test registered when it is logged to console or stderr', () => {
    const secret = 'S3cr3tRegisteredByTheTest0001';
    registerSecret(secret);
    console.log('about to leak', { secret });
    process.stderr.write(`leaked: ${secret}\n`);

    expect(captured.findLeaks()).toHaveLength(2);
    captured.forget();
  });

  it('should learn what local-sts issues and what clients send, with no help from the test', async () => {
    const { Credentials } = await client.getSessionToken({ SerialNumber: sts.defaults.mfaSerial, TokenCode: sts.defaults.totp() });
    const { secrets, codes } = secretLedger();

    expect(secrets).toContain(Credentials!.SecretAccessKey);
    expect(secrets).toContain(Credentials!.SessionToken);
    expect(codes).toContain(sts.defaults.totp());

    console.warn(`refreshed with ${Credentials!.SessionToken}`);
    expect(captured.findLeaks()).toHaveLength(1);
    captured.forget();
  });

  it('should stay quiet when only concealed forms are logged', async () => {
    const reply = await client.assumeRole({ RoleArn: sts.defaults.roleArns[0]!, RoleSessionName: 'concealed' });
    console.log(reply.Credentials, JSON.stringify(reply), inspect(reply, { depth: 5 }));

    expect(captured.findLeaks()).toEqual([]);
    expect(findSecrets(inspect(reply.Credentials))).toEqual([]);
  });

  it('should fail the test that leaked, through the check run after each test', async () => {
    const reply = await client.assumeRole({ RoleArn: sts.defaults.roleArns[0]!, RoleSessionName: 'leaky' });
    console.log(`debug: secret key is ${reply.Credentials!.SecretAccessKey}`);

    expect(() => captured.assertNoLeaks()).toThrow(/secrets appeared in test output:\nconsole.log: /);
    expect(captured.findLeaks()).toEqual([]);
  });
});
