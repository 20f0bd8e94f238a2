/**
 * The suite our client must pass against any STS server we did not write the client for:
 * moto and local-sts. Each server file supplies a target with identities valid there.
 */
import { StsClient, StsServiceError, type StsClientConfig } from '@stskit/sts';

export interface StsTarget {
  readonly endpoint: string;
  /** Where unsigned calls go, when not to `endpoint`. */
  readonly unsignedEndpoint?: string;
  readonly accountId: string;
  /** Long-term keys the server knows and checks signatures against. */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** The ARN GetCallerIdentity reports for `credentials`. */
  readonly callerArn: string;
  /** A role `credentials` may assume, with no MFA or ExternalId required. */
  readonly roleArn: string;
  readonly webIdentity: { readonly roleArn: string; token(): Promise<string> };
  readonly saml: { readonly roleArn: string; readonly principalArn: string; assertion(sessionName: string): string };
  close(): Promise<void>;
}

export function describeStsClientConformance(serverName: string, start: () => Promise<StsTarget>): void {
  describe(`StsClient against ${serverName}`, () => {
    let target: StsTarget;
    const clients: StsClient[] = [];
    const clientWith = (config: StsClientConfig = {}) => {
      const client = new StsClient({ region: 'us-east-1', endpoint: target.endpoint, env: {}, maxAttempts: 1, ...config });
      clients.push(client);
      return client;
    };
    const signed = () => clientWith({ credentials: target.credentials });
    const unsigned = () => clientWith({ endpoint: target.unsignedEndpoint ?? target.endpoint });

    beforeAll(async () => {
      target = await start();
    }, 60_000);
    afterAll(async () => {
      clients.forEach((client) => client.destroy());
      await target?.close();
    });

    it('should get the caller identity with a signed call', async () => {
      const identity = await signed().getCallerIdentity();
      expect(identity).toMatchObject({ Account: target.accountId, Arn: target.callerArn });
      expect(identity.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    });

    it('should assume a role with every list and structure member serialized', async () => {
      const result = await signed().assumeRole({
        RoleArn: target.roleArn,
        RoleSessionName: 'session-1',
        DurationSeconds: 900,
        Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
        PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
        Tags: [
          { Key: 'Project', Value: 'Pegasus' },
          { Key: 'Team', Value: 'Engineering' },
        ],
        TransitiveTagKeys: ['Project'],
        SourceIdentity: 'alice',
      });
      expect(result.Credentials?.AccessKeyId).toMatch(/^ASIA/);
      expect(result.Credentials?.Expiration).toBeInstanceOf(Date);
      expect(result.AssumedRoleUser?.Arn).toMatch(/:assumed-role\/[^/]+\/session-1$/);
    });

    it('should call GetCallerIdentity as the assumed role with its temporary credentials', async () => {
      const assumed = await signed().assumeRole({ RoleArn: target.roleArn, RoleSessionName: 'chained' });
      const { AccessKeyId, SecretAccessKey, SessionToken } = assumed.Credentials!;
      const asRole = clientWith({ credentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken } });
      const identity = await asRole.getCallerIdentity();
      expect(identity.Arn).toBe(assumed.AssumedRoleUser?.Arn);
    });

    it('should get a session token', async () => {
      const result = await signed().getSessionToken({ DurationSeconds: 900 });
      expect(result.Credentials?.SessionToken).toBeTruthy();
    });

    it('should get a federation token', async () => {
      const result = await signed().getFederationToken({ Name: 'broker-user', DurationSeconds: 900 });
      expect(result.FederatedUser?.Arn).toBe(`arn:aws:sts::${target.accountId}:federated-user/broker-user`);
    });

    it('should assume a role with a web identity, unsigned', async () => {
      const result = await unsigned().assumeRoleWithWebIdentity({
        RoleArn: target.webIdentity.roleArn,
        RoleSessionName: 'web',
        WebIdentityToken: await target.webIdentity.token(),
      });
      expect(result.Credentials?.AccessKeyId).toMatch(/^ASIA/);
      expect(result.AssumedRoleUser?.Arn).toMatch(/\/web$/);
    });

    it('should assume a role with a SAML assertion, unsigned', async () => {
      const result = await unsigned().assumeRoleWithSAML({
        RoleArn: target.saml.roleArn,
        PrincipalArn: target.saml.principalArn,
        SAMLAssertion: target.saml.assertion('saml-user'),
      });
      expect(result.AssumedRoleUser?.Arn).toMatch(/\/saml-user$/);
    });

    it('should map an access key to its account', async () => {
      const result = await signed().getAccessKeyInfo({ AccessKeyId: target.credentials.accessKeyId });
      expect(result.Account).toBe(target.accountId);
    });

    it('should be refused with a wrong secret', async () => {
      const call = clientWith({ credentials: { ...target.credentials, secretAccessKey: `${target.credentials.secretAccessKey}x` } }).getCallerIdentity();
      await expect(call).rejects.toBeInstanceOf(StsServiceError);
      await expect(call).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 403, retryable: false });
    });

    it('should be refused with an unknown key', async () => {
      const call = clientWith({ credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' } }).getCallerIdentity();
      await expect(call).rejects.toMatchObject({ code: 'InvalidClientTokenId', statusCode: 403 });
    });
  });
}
