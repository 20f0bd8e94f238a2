/**
 * Our client against @stskit/local-sts: the shared conformance suite, plus the operations moto
 * does not implement.
 */
import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import { StsClient } from '@stskit/sts';
import { describeStsClientConformance } from './stsClientConformance.js';

describeStsClientConformance('local-sts', async () => {
  const sts = await startLocalSts();
  const { defaults } = sts;
  return {
    endpoint: sts.endpoint,
    accountId: defaults.accountId,
    credentials: { accessKeyId: defaults.accessKeyId, secretAccessKey: defaults.secretAccessKey },
    callerArn: defaults.userArn,
    roleArn: defaults.roleArns[0]!,
    webIdentity: { roleArn: defaults.roleArns[4]!, token: () => defaults.oidc.sign() },
    saml: { roleArn: defaults.roleArns[5]!, principalArn: defaults.saml.principalArn, assertion: (sessionName) => defaults.saml.assertion({ sessionName }) },
    close: () => sts.close(),
  };
});

describe('StsClient against local-sts: operations moto lacks', () => {
  let sts: LocalSts;
  let client: StsClient;

  beforeAll(async () => {
    sts = await startLocalSts();
    const { accessKeyId, secretAccessKey } = sts.defaults;
    client = new StsClient({ region: 'us-east-1', endpoint: sts.endpoint, env: {}, credentials: { accessKeyId, secretAccessKey } });
  });
  afterAll(async () => {
    client.destroy();
    await sts.close();
  });

  it('should decode an authorization message, entities and all', async () => {
    const message = { allowed: false, context: { action: 'ec2:RunInstances', note: '<a & b>' } };
    const result = await client.decodeAuthorizationMessage({ EncodedMessage: sts.encodeAuthorizationMessage(message) });
    expect(JSON.parse(result.DecodedMessage!)).toEqual(message);
  });

  it('should refuse to decode a message it did not encode', async () => {
    const call = client.decodeAuthorizationMessage({ EncodedMessage: 'not-an-encoded-message' });
    await expect(call).rejects.toMatchObject({ code: 'InvalidAuthorizationMessageException', statusCode: 400 });
  });

  it('should exchange a trade-in token for delegated credentials', async () => {
    const result = await client.getDelegatedAccessToken({ TradeInToken: sts.mintTradeInToken({ roleArn: sts.defaults.roleArns[0]! }) });
    expect(result.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(JSON.stringify(result)).not.toContain(result.Credentials!.SecretAccessKey);
  });

  it('should get a web identity token, concealed from JSON', async () => {
    const result = await client.getWebIdentityToken({ Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256', DurationSeconds: 300 });
    expect(result.WebIdentityToken?.split('.')).toHaveLength(3);
    expect(result.Expiration).toBeInstanceOf(Date);
    expect(JSON.stringify(result)).not.toContain(result.WebIdentityToken);
  });

  it('should assume root for a member account', async () => {
    const call = client.assumeRoot({
      TargetPrincipal: sts.defaults.secondAccountId,
      TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' },
    });
    await expect(call).resolves.toMatchObject({ Credentials: expect.objectContaining({ AccessKeyId: expect.stringMatching(/^ASIA/) }) });
  });
});
