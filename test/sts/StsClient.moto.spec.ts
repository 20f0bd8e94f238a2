/**
 * Our client against moto, a peer we did not write: every operation moto implements, and
 * our signatures checked by moto's authentication.
 */
import { StsClient, StsServiceError } from '@stskit/sts';
import { describeWithPeer, hasMoto } from '../support/peers.js';
import { startMoto, type MotoServer } from '../support/moto.js';
import { createIamUserWithKey, IAM_SETUP_REQUESTS } from '../support/motoIam.js';
import { buildSamlAssertion } from '../support/samlAssertion.js';

const ACCOUNT = '123456789012';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/stskit-test`;
const anyKeys = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'any-secret-moto-ignores' };

describeWithPeer('moto', hasMoto)('StsClient against moto', () => {
  let moto: MotoServer;
  let client: StsClient;

  beforeAll(async () => {
    moto = await startMoto();
    client = new StsClient({ region: 'us-east-1', endpoint: moto.endpoint, credentials: anyKeys, env: {} });
  }, 60_000);
  afterAll(async () => {
    client?.destroy();
    await moto?.close();
  });

  it('should get the caller identity', async () => {
    const identity = await client.getCallerIdentity();
    expect(identity.Account).toBe(ACCOUNT);
    expect(identity.Arn).toMatch(/^arn:aws:(iam|sts)::123456789012:/);
    expect(identity.$metadata.httpStatusCode).toBe(200);
  });

  it('should assume a role with every list and structure member serialized', async () => {
    const result = await client.assumeRole({
      RoleArn: ROLE_ARN,
      RoleSessionName: 'session-1',
      DurationSeconds: 900,
      ExternalId: 'external-42',
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
    expect(result.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/stskit-test/session-1`);
  });

  it('should call GetCallerIdentity as the assumed role with its temporary credentials', async () => {
    const assumed = await client.assumeRole({ RoleArn: ROLE_ARN, RoleSessionName: 'chained' });
    const creds = assumed.Credentials!;
    const asRole = new StsClient({
      region: 'us-east-1',
      endpoint: moto.endpoint,
      env: {},
      credentials: { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey, sessionToken: creds.SessionToken },
    });
    try {
      const identity = await asRole.getCallerIdentity();
      expect(identity.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/stskit-test/chained`);
    } finally {
      asRole.destroy();
    }
  });

  it('should get a session token', async () => {
    const result = await client.getSessionToken({ DurationSeconds: 900 });
    expect(result.Credentials?.SessionToken).toBeTruthy();
  });

  it('should get a federation token', async () => {
    const result = await client.getFederationToken({ Name: 'broker-user', DurationSeconds: 900 });
    expect(result.FederatedUser?.Arn).toBe(`arn:aws:sts::${ACCOUNT}:federated-user/broker-user`);
  });

  it('should assume a role with a web identity, unsigned', async () => {
    const anonymous = new StsClient({ region: 'us-east-1', endpoint: moto.endpoint, env: {} });
    try {
      const result = await anonymous.assumeRoleWithWebIdentity({
        RoleArn: ROLE_ARN,
        RoleSessionName: 'web',
        WebIdentityToken: 'eyJ.header.payload',
      });
      expect(result.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    } finally {
      anonymous.destroy();
    }
  });

  it('should assume a role with a SAML assertion, unsigned', async () => {
    const anonymous = new StsClient({ region: 'us-east-1', endpoint: moto.endpoint, env: {} });
    try {
      const result = await anonymous.assumeRoleWithSAML({
        RoleArn: ROLE_ARN,
        PrincipalArn: `arn:aws:iam::${ACCOUNT}:saml-provider/idp`,
        SAMLAssertion: buildSamlAssertion({ roleArn: ROLE_ARN, principalArn: `arn:aws:iam::${ACCOUNT}:saml-provider/idp`, sessionName: 'saml-user' }),
      });
      expect(result.AssumedRoleUser?.Arn).toContain('saml-user');
    } finally {
      anonymous.destroy();
    }
  });

  it('should map an access key to its account', async () => {
    const result = await client.getAccessKeyInfo({ AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
    expect(result.Account).toBe(ACCOUNT);
  });
});

describeWithPeer('moto', hasMoto)('StsClient against moto with signature checking on', () => {
  let moto: MotoServer;
  let keys: { accessKeyId: string; secretAccessKey: string };
  const clients: StsClient[] = [];
  const clientWith = (credentials: typeof keys) => {
    const client = new StsClient({ region: 'us-east-1', endpoint: moto.endpoint, credentials, env: {}, maxAttempts: 1 });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    moto = await startMoto();
    await moto.enableAuth(IAM_SETUP_REQUESTS);
    keys = await createIamUserWithKey(moto.endpoint, 'stskit-signer');
  }, 60_000);
  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    await moto?.close();
  });

  it('should have its signed calls accepted', async () => {
    const identity = await clientWith(keys).getCallerIdentity();
    expect(identity.Arn).toBe(`arn:aws:iam::${ACCOUNT}:user/stskit-signer`);
  });

  it('should be refused with a wrong secret', async () => {
    const call = clientWith({ ...keys, secretAccessKey: `${keys.secretAccessKey}x` }).getCallerIdentity();
    await expect(call).rejects.toBeInstanceOf(StsServiceError);
    await expect(call).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 403 });
  });

  it('should be refused with an unknown key', async () => {
    const call = clientWith({ accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }).getCallerIdentity();
    await expect(call).rejects.toMatchObject({ code: 'InvalidClientTokenId', statusCode: 403 });
  });
});
