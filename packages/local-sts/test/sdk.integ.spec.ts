/**
 * Every STS operation driven through `@aws-sdk/client-sts`, a client we did not write.
 */
import {
  AssumeRoleCommand,
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  AssumeRootCommand,
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetDelegatedAccessTokenCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  GetWebIdentityTokenCommand,
} from '@aws-sdk/client-sts';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { startLocalSts, type LocalSts } from '../src/startLocalSts.js';
import { failureOf, keyPairOf, sdkClient } from './support/sdk.js';

const HOUR_MS = 3600 * 1000;
// The server's fake time: frozen at a whole second near now, so SDK signatures stay in the five-minute window.
const FROZEN = Math.floor(Date.now() / 1000) * 1000;

describe(startLocalSts.name, () => {
  let sts: LocalSts;
  beforeEach(async () => {
    sts = await startLocalSts({ clock: { now: () => FROZEN } });
  });
  afterEach(() => sts.close());

  const assume = (roleIndex = 0, extra: Partial<ConstructorParameters<typeof AssumeRoleCommand>[0]> = {}) =>
    sdkClient(sts).send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[roleIndex]!, RoleSessionName: 'integ', ...extra }));

  describe('GetCallerIdentity', () => {
    it('should name the IAM user behind a long-term key', async () => {
      const identity = await sdkClient(sts).send(new GetCallerIdentityCommand({}));
      expect(identity).toMatchObject({ Account: sts.defaults.accountId, Arn: sts.defaults.userArn, UserId: expect.stringMatching(/^AIDA/) });
      expect(identity.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('should give stable IDs across servers', async () => {
      const other = await startLocalSts();
      try {
        const [a, b] = await Promise.all([sdkClient(sts).send(new GetCallerIdentityCommand({})), sdkClient(other).send(new GetCallerIdentityCommand({}))]);
        expect(a.UserId).toBe(b.UserId);
      } finally {
        await other.close();
      }
    });
  });

  describe('AssumeRole', () => {
    it('should issue credentials that work as the assumed role', async () => {
      const assumed = await assume();
      expect(assumed.Credentials?.AccessKeyId).toMatch(/^ASIA/);
      expect(assumed.Credentials?.Expiration?.getTime()).toBe(sts.now() + HOUR_MS);
      const identity = await sdkClient(sts, keyPairOf(assumed.Credentials)).send(new GetCallerIdentityCommand({}));
      expect(identity.Arn).toBe(`arn:aws:sts::${sts.defaults.accountId}:assumed-role/local-sts-plain/integ`);
      expect(identity.UserId).toBe(assumed.AssumedRoleUser?.AssumedRoleId);
    });

    it('should chain into the second account and cap chained sessions at one hour', async () => {
      const first = sdkClient(sts, keyPairOf((await assume()).Credentials));
      const chained = await first.send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[1], RoleSessionName: 'hop' }));
      expect(chained.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${sts.defaults.secondAccountId}:assumed-role/local-sts-cross-account/hop`);
      const tooLong = await failureOf(first.send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[1], RoleSessionName: 'hop', DurationSeconds: 7200 })));
      expect(tooLong).toMatchObject({ code: 'ValidationError', status: 400 });
    });

    it('should enforce ExternalId and MFA, and refuse a replayed MFA code', async () => {
      expect(await failureOf(assume(3))).toMatchObject({ code: 'AccessDenied', status: 403 });
      await expect(assume(3, { ExternalId: sts.defaults.externalId })).resolves.toBeDefined();
      expect(await failureOf(assume(2))).toMatchObject({ code: 'AccessDenied', status: 403 });
      const mfa = { SerialNumber: sts.defaults.mfaSerial, TokenCode: sts.defaults.totp() };
      await expect(assume(2, mfa)).resolves.toBeDefined();
      expect(await failureOf(assume(2, mfa))).toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('MultiFactorAuthentication failed') });
    });

    it('should answer a model violation with ValidationError', async () => {
      const failure = await failureOf(assume(0, { RoleSessionName: 'has space' }));
      expect(failure).toMatchObject({ code: 'ValidationError', status: 400 });
      expect(failure.message).toBe(
        "1 validation error detected: Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      );
    });

    it('should report PackedPolicySize and refuse malformed policies', async () => {
      const assumed = await assume(0, { Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}' });
      expect(assumed.PackedPolicySize).toBeGreaterThan(0);
      expect(await failureOf(assume(0, { Policy: 'not json' }))).toMatchObject({ code: 'MalformedPolicyDocument', status: 400 });
    });
  });

  describe('GetSessionToken', () => {
    it('should give an MFA-authenticated session that may assume the MFA role without a code', async () => {
      const session = await sdkClient(sts).send(new GetSessionTokenCommand({ SerialNumber: sts.defaults.mfaSerial, TokenCode: sts.defaults.totp() }));
      expect(session.Credentials?.Expiration?.getTime()).toBe(sts.now() + 12 * HOUR_MS);
      const client = sdkClient(sts, keyPairOf(session.Credentials));
      await expect(client.send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[2], RoleSessionName: 'mfa' }))).resolves.toBeDefined();
      expect(await failureOf(client.send(new GetSessionTokenCommand({})))).toMatchObject({ code: 'AccessDenied', status: 403 });
    });

    it('should refuse a wrong MFA code', async () => {
      const wrong = sts.defaults.totp() === '123456' ? '654321' : '123456';
      expect(await failureOf(sdkClient(sts).send(new GetSessionTokenCommand({ SerialNumber: sts.defaults.mfaSerial, TokenCode: wrong })))).toMatchObject({
        code: 'AccessDenied',
        status: 403,
      });
    });
  });

  describe('GetFederationToken', () => {
    it('should issue a federated user who may only call GetCallerIdentity', async () => {
      const federated = await sdkClient(sts).send(new GetFederationTokenCommand({ Name: 'bob' }));
      expect(federated.FederatedUser).toEqual({ FederatedUserId: `${sts.defaults.accountId}:bob`, Arn: `arn:aws:sts::${sts.defaults.accountId}:federated-user/bob` });
      const client = sdkClient(sts, keyPairOf(federated.Credentials));
      expect((await client.send(new GetCallerIdentityCommand({}))).Arn).toBe(federated.FederatedUser?.Arn);
      expect(await failureOf(client.send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[0], RoleSessionName: 'hop' })))).toMatchObject({ code: 'AccessDenied' });
    });

    it('should be refused to role sessions', async () => {
      const client = sdkClient(sts, keyPairOf((await assume()).Credentials));
      expect(await failureOf(client.send(new GetFederationTokenCommand({ Name: 'bob' })))).toMatchObject({ code: 'AccessDenied', status: 403 });
    });
  });

  describe('AssumeRoleWithWebIdentity', () => {
    const withToken = (token: string) =>
      sdkClient(sts).send(new AssumeRoleWithWebIdentityCommand({ RoleArn: sts.defaults.roleArns[4], RoleSessionName: 'web', WebIdentityToken: token }));

    it('should verify the token and echo subject, provider and audience', async () => {
      const result = await withToken(await sts.defaults.oidc.sign({ sub: 'system:serviceaccount:default:app' }));
      expect(result).toMatchObject({ SubjectFromWebIdentityToken: 'system:serviceaccount:default:app', Provider: sts.defaults.oidc.issuer, Audience: 'sts.amazonaws.com' });
    });

    it('should refuse expired, wrongly addressed and forged tokens with the matching codes', async () => {
      const token = await sts.defaults.oidc.sign();
      expect(await failureOf(withToken(await sts.defaults.oidc.sign({ aud: 'someone-else' })))).toMatchObject({ code: 'InvalidIdentityToken', status: 400 });
      const { privateKey, publicKey } = await generateKeyPair('RS256');
      const forged = await new SignJWT({ iss: sts.defaults.oidc.issuer, aud: 'sts.amazonaws.com', sub: 'x' })
        .setProtectedHeader({ alg: 'RS256', kid: (await exportJWK(publicKey)).kid ?? 'forged' })
        .setExpirationTime('1h')
        .sign(privateKey);
      expect(await failureOf(withToken(forged))).toMatchObject({ code: 'InvalidIdentityToken' });
      sts.advanceTime(2 * HOUR_MS);
      expect(await failureOf(withToken(token))).toMatchObject({ code: 'ExpiredTokenException', status: 400 });
    });

    it("should refuse a role that does not trust the provider", async () => {
      const failure = await failureOf(
        sdkClient(sts).send(new AssumeRoleWithWebIdentityCommand({ RoleArn: sts.defaults.roleArns[0], RoleSessionName: 'web', WebIdentityToken: await sts.defaults.oidc.sign() })),
      );
      expect(failure).toMatchObject({ code: 'AccessDenied', status: 403 });
    });
  });

  describe('AssumeRoleWithSAML', () => {
    const withAssertion = (assertion: string) =>
      sdkClient(sts).send(new AssumeRoleWithSAMLCommand({ RoleArn: sts.defaults.roleArns[5], PrincipalArn: sts.defaults.saml.principalArn, SAMLAssertion: assertion }));

    it('should assume the role the assertion names', async () => {
      const result = await withAssertion(sts.defaults.saml.assertion({ sessionName: 'carol' }));
      expect(result.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${sts.defaults.accountId}:assumed-role/local-sts-saml/carol`);
      expect(result).toMatchObject({ Issuer: sts.defaults.saml.issuer, SubjectType: 'persistent', Subject: 'carol', Audience: 'https://signin.aws.amazon.com/saml' });
      expect(result.NameQualifier).toMatch(/^[A-Za-z0-9+/]+=*$/);
    });

    it('should refuse expired, misaddressed and unparseable assertions', async () => {
      const assertion = sts.defaults.saml.assertion();
      expect(await failureOf(withAssertion(sts.defaults.saml.assertion({ audience: 'urn:elsewhere' })))).toMatchObject({ code: 'IDPRejectedClaim', status: 403 });
      expect(await failureOf(withAssertion(Buffer.from('<nope/>').toString('base64')))).toMatchObject({ code: 'InvalidIdentityToken', status: 400 });
      sts.advanceTime(10 * 60 * 1000);
      expect(await failureOf(withAssertion(assertion))).toMatchObject({ code: 'ExpiredTokenException', status: 400 });
    });
  });

  describe('DecodeAuthorizationMessage', () => {
    it('should decode a message it encoded and refuse anything else', async () => {
      const message = { allowed: false, context: { action: 's3:GetObject' } };
      const decoded = await sdkClient(sts).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: sts.encodeAuthorizationMessage(message) }));
      expect(JSON.parse(decoded.DecodedMessage!)).toEqual(message);
      expect(await failureOf(sdkClient(sts).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: 'garbage' })))).toMatchObject({
        code: 'InvalidAuthorizationMessageException',
        status: 400,
      });
    });
  });

  describe('GetAccessKeyInfo', () => {
    it('should map long-term and temporary keys to their accounts', async () => {
      const client = sdkClient(sts);
      expect((await client.send(new GetAccessKeyInfoCommand({ AccessKeyId: sts.defaults.accessKeyId }))).Account).toBe(sts.defaults.accountId);
      const chained = await sdkClient(sts, keyPairOf((await assume()).Credentials)).send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[1], RoleSessionName: 'hop' }));
      expect((await client.send(new GetAccessKeyInfoCommand({ AccessKeyId: chained.Credentials!.AccessKeyId! }))).Account).toBe(sts.defaults.secondAccountId);
    });
  });

  describe('AssumeRoot', () => {
    it("should let the management account act as a member's root for a task", async () => {
      const root = await sdkClient(sts).send(
        new AssumeRootCommand({ TargetPrincipal: sts.defaults.secondAccountId, TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' } }),
      );
      expect(root.Credentials?.Expiration?.getTime()).toBe(sts.now() + 900_000);
      const identity = await sdkClient(sts, keyPairOf(root.Credentials)).send(new GetCallerIdentityCommand({}));
      expect(identity.Arn).toBe(`arn:aws:iam::${sts.defaults.secondAccountId}:root`);
    });

    it('should refuse a target outside the organization', async () => {
      const failure = await failureOf(
        sdkClient(sts).send(new AssumeRootCommand({ TargetPrincipal: '999999999999', TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy' } })),
      );
      expect(failure).toMatchObject({ code: 'AccessDenied', status: 403 });
    });
  });

  describe('GetDelegatedAccessToken', () => {
    it('should trade a token once for a session of its role', async () => {
      const token = sts.mintTradeInToken({ roleArn: sts.defaults.roleArns[0]! });
      const result = await sdkClient(sts).send(new GetDelegatedAccessTokenCommand({ TradeInToken: token }));
      expect(result.AssumedPrincipal).toMatch(/:assumed-role\/local-sts-plain\//);
      expect(await failureOf(sdkClient(sts).send(new GetDelegatedAccessTokenCommand({ TradeInToken: token })))).toMatchObject({ code: 'AccessDenied' });
    });

    it('should refuse an expired token with ExpiredTradeInTokenException', async () => {
      const token = sts.mintTradeInToken({ roleArn: sts.defaults.roleArns[0]!, ttlSeconds: 60 });
      sts.advanceTime(61_000);
      expect(await failureOf(sdkClient(sts).send(new GetDelegatedAccessTokenCommand({ TradeInToken: token })))).toMatchObject({
        code: 'ExpiredTradeInTokenException',
        status: 400,
      });
    });
  });

  describe('GetWebIdentityToken', () => {
    it('should sign a JWT about the caller that verifies against the published keys', async () => {
      const result = await sdkClient(sts).send(new GetWebIdentityTokenCommand({ Audience: ['https://api.example.com'], SigningAlgorithm: 'ES384', Tags: [{ Key: 'team', Value: 'blue' }] }));
      const { payload } = await jwtVerify(result.WebIdentityToken!, createLocalJWKSet(await sts.webIdentityTokenJwks()), {
        audience: 'https://api.example.com',
        currentDate: new Date(sts.now()),
      });
      expect(payload).toMatchObject({ sub: sts.defaults.userArn, team: 'blue' });
      expect(result.Expiration?.getTime()).toBe(sts.now() + 300_000);
    });

    it('should refuse a token outliving the session, and accounts without outbound federation', async () => {
      const short = sdkClient(sts, keyPairOf((await assume(0, { DurationSeconds: 900 })).Credentials));
      expect(await failureOf(short.send(new GetWebIdentityTokenCommand({ Audience: ['a'], SigningAlgorithm: 'RS256', DurationSeconds: 3600 })))).toMatchObject({
        code: 'SessionDurationEscalationException',
        status: 403,
      });
      const crossAccount = sdkClient(sts, keyPairOf((await assume(1)).Credentials));
      expect(await failureOf(crossAccount.send(new GetWebIdentityTokenCommand({ Audience: ['a'], SigningAlgorithm: 'RS256' })))).toMatchObject({
        code: 'OutboundWebIdentityFederationDisabledException',
        status: 403,
      });
    });
  });

  describe('authentication', () => {
    it('should refuse unknown keys, wrong secrets and wrong session tokens', async () => {
      const { accessKeyId, secretAccessKey } = sts.defaults;
      const call = (keys: Parameters<typeof sdkClient>[1]) => failureOf(sdkClient(sts, keys).send(new GetCallerIdentityCommand({})));
      expect(await call({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey })).toMatchObject({ code: 'InvalidClientTokenId', status: 403 });
      expect(await call({ accessKeyId, secretAccessKey: `${secretAccessKey}x` })).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
      const session = keyPairOf((await assume()).Credentials);
      expect(await call({ ...session, sessionToken: `${session.sessionToken}x` })).toMatchObject({ code: 'InvalidClientTokenId', status: 403 });
      expect(await call({ ...session, sessionToken: undefined as unknown as string })).toMatchObject({ code: 'InvalidClientTokenId', status: 403 });
    });

    it('should refuse expired temporary credentials with ExpiredToken', async () => {
      const session = keyPairOf((await assume(0, { DurationSeconds: 900 })).Credentials);
      sts.advanceTime(901_000);
      const client = sdkClient(sts, session);
      expect(await failureOf(client.send(new GetCallerIdentityCommand({})))).toMatchObject({ code: 'ExpiredToken', status: 403 });
    });

    it('should refuse a request time more than five minutes off as real STS does, and let the SDK correct its clock', async () => {
      const offset = sts.now() - Date.now();
      sts.advanceTime(6 * 60 * 1000);
      const failure = await failureOf(sdkClient(sts, undefined, { systemClockOffset: offset }).send(new GetCallerIdentityCommand({})));
      expect(failure).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403, message: expect.stringMatching(/^Signature expired: \d{8}T\d{6}Z is now earlier than/) });
      await expect(sdkClient(sts, undefined, { maxAttempts: 2, systemClockOffset: offset }).send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
    });

    it('should keep every secret out of the CloudTrail events', async () => {
      const assumed = await assume(2, { SerialNumber: sts.defaults.mfaSerial, TokenCode: sts.defaults.totp() });
      const token = await sts.defaults.oidc.sign();
      await sdkClient(sts).send(new AssumeRoleWithWebIdentityCommand({ RoleArn: sts.defaults.roleArns[4], RoleSessionName: 'web', WebIdentityToken: token }));
      const trail = JSON.stringify(sts.events());
      for (const secret of [sts.defaults.secretAccessKey, assumed.Credentials!.SecretAccessKey!, assumed.Credentials!.SessionToken!, token, sts.defaults.totp()]) {
        expect(trail).not.toContain(secret);
      }
      const [event] = sts.events('AssumeRole');
      expect(event).toMatchObject({
        eventSource: 'sts.amazonaws.com',
        userIdentity: { type: 'IAMUser', arn: sts.defaults.userArn, accessKeyId: sts.defaults.accessKeyId },
        requestParameters: { roleArn: sts.defaults.roleArns[2], roleSessionName: 'integ', serialNumber: sts.defaults.mfaSerial },
        responseElements: { credentials: { accessKeyId: assumed.Credentials!.AccessKeyId } },
      });
      expect(sts.events('AssumeRoleWithWebIdentity')[0]?.userIdentity).toMatchObject({ type: 'WebIdentityUser', identityProvider: sts.defaults.oidc.issuer });
    });
  });
});
