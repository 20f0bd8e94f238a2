/**
 * The conformance suite through the AWS CLI v2 (botocore's signer and parser): every
 * operation this CLI version knows, and the signature, expiry and MFA refusals.
 */
import { jest } from '@jest/globals';
import { describeWithPeer, hasAwsCliV2 } from '../../../test/support/peers.js';
import { startLocalSts, type LocalSts } from '../src/startLocalSts.js';
import { awsSts, cliKeys } from './support/awsCli.js';

jest.setTimeout(60_000);
// The CLI signs with the real clock, so the fake one starts at (a whole second of) now.
const FROZEN = Math.floor(Date.now() / 1000) * 1000;

describeWithPeer('AWS CLI v2', hasAwsCliV2)('local-sts through the AWS CLI v2', () => {
  let sts: LocalSts;
  beforeEach(async () => {
    sts = await startLocalSts({ clock: { now: () => FROZEN } });
  });
  afterEach(() => sts.close());
  const run = (args: readonly string[], keys = { accessKeyId: sts.defaults.accessKeyId, secretAccessKey: sts.defaults.secretAccessKey }) =>
    awsSts(sts.endpoint, keys, args);

  it('should identify the user, then the assumed role', async () => {
    expect((await run(['get-caller-identity'])).json).toMatchObject({ Arn: sts.defaults.userArn, Account: sts.defaults.accountId });
    const assumed = await run(['assume-role', '--role-arn', sts.defaults.roleArns[0]!, '--role-session-name', 'cli']);
    expect(assumed.json?.Credentials.Expiration).toBe(new Date(FROZEN + 3600_000).toISOString().replace('.000Z', '+00:00'));
    const identity = await run(['get-caller-identity'], cliKeys(assumed.json));
    expect(identity.json?.Arn).toBe(`arn:aws:sts::${sts.defaults.accountId}:assumed-role/local-sts-plain/cli`);
  });

  it('should accept an MFA code once and refuse its replay', async () => {
    const args = ['assume-role', '--role-arn', sts.defaults.roleArns[2]!, '--role-session-name', 'cli', '--serial-number', sts.defaults.mfaSerial, '--token-code', sts.defaults.totp()];
    expect((await run(args)).exitCode).toBe(0);
    const replay = await run(args);
    expect(replay.exitCode).not.toBe(0);
    expect(replay.stderr).toContain('(AccessDenied)');
  });

  it('should run GetSessionToken, GetFederationToken, GetAccessKeyInfo and DecodeAuthorizationMessage', async () => {
    expect((await run(['get-session-token'])).json?.Credentials.AccessKeyId).toMatch(/^ASIA/);
    expect((await run(['get-federation-token', '--name', 'bob'])).json?.FederatedUser.Arn).toBe(`arn:aws:sts::${sts.defaults.accountId}:federated-user/bob`);
    expect((await run(['get-access-key-info', '--access-key-id', sts.defaults.accessKeyId])).json).toEqual({ Account: sts.defaults.accountId });
    const encoded = sts.encodeAuthorizationMessage({ allowed: false });
    expect(JSON.parse((await run(['decode-authorization-message', '--encoded-message', encoded])).json?.DecodedMessage)).toEqual({ allowed: false });
  });

  it('should run the unsigned operations without credentials', async () => {
    const web = await awsSts(sts.endpoint, undefined, [
      'assume-role-with-web-identity', '--role-arn', sts.defaults.roleArns[4]!, '--role-session-name', 'cli', '--web-identity-token', await sts.defaults.oidc.sign(),
    ]);
    expect(web.json).toMatchObject({ SubjectFromWebIdentityToken: 'local-user', Audience: sts.defaults.oidc.audience });
    const saml = await awsSts(sts.endpoint, undefined, [
      'assume-role-with-saml', '--role-arn', sts.defaults.roleArns[5]!, '--principal-arn', sts.defaults.saml.principalArn, '--saml-assertion', sts.defaults.saml.assertion(),
    ]);
    expect(saml.json?.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${sts.defaults.accountId}:assumed-role/local-sts-saml/local-user`);
  });

  it('should refuse a wrong secret, an unknown key and a stale request time', async () => {
    expect((await run(['get-caller-identity'], { accessKeyId: sts.defaults.accessKeyId, secretAccessKey: 'wrong-secret-wrong-secret' })).stderr).toContain('(SignatureDoesNotMatch)');
    expect((await run(['get-caller-identity'], { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' })).stderr).toContain('(InvalidClientTokenId)');
    sts.advanceTime(-6 * 60 * 1000);
    expect((await run(['get-caller-identity'])).stderr).toMatch(/\(SignatureDoesNotMatch\) when calling the GetCallerIdentity operation.*: Signature not yet current/);
  });

  it('should refuse expired temporary credentials with ExpiredToken', async () => {
    const session = cliKeys((await run(['assume-role', '--role-arn', sts.defaults.roleArns[0]!, '--role-session-name', 'cli', '--duration-seconds', '900'])).json);
    sts.advanceTime(901_000);
    expect((await run(['get-caller-identity'], session)).stderr).toContain('(ExpiredToken)');
  });

  it('should report model violations as ValidationError', async () => {
    const bad = await run(['assume-role', '--role-arn', sts.defaults.roleArns[0]!, '--role-session-name', 'bad/name']);
    expect(bad.stderr).toMatch(/\(ValidationError\) when calling the AssumeRole operation.*: 1 validation error detected: Value 'bad\/name' at 'roleSessionName'/);
  });
});
