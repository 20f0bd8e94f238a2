/**
 * A second AWS SDK v3 client, S3, taking its credentials from our fromAssumeRole, against
 * moto with its authentication on: moto's STS issues the role session, and moto's S3 checks
 * every signature the SDK makes with it. Nothing here is ours but the provider.
 */
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { fromAssumeRole } from '@stskit/assume-role';
import { describeWithPeer, hasMoto } from '../support/peers.js';
import { startMoto, type MotoServer } from '../support/moto.js';
import { createIamUserWithKey, createRoleWithPolicy, IAM_SETUP_REQUESTS, ROLE_SETUP_REQUESTS } from '../support/motoIam.js';

const ACCOUNT = '123456789012';
const S3_ONLY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };

describeWithPeer('moto', hasMoto)('an S3Client with credentials from fromAssumeRole, against moto with authentication on', () => {
  let moto: MotoServer;
  let provider: ReturnType<typeof fromAssumeRole>;
  const clients: S3Client[] = [];
  const s3With = (credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider) => {
    const client = new S3Client({ region: 'us-east-1', endpoint: moto.endpoint, forcePathStyle: true, credentials, maxAttempts: 1 });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    moto = await startMoto();
    await moto.enableAuth(IAM_SETUP_REQUESTS + ROLE_SETUP_REQUESTS);
    const userKeys = await createIamUserWithKey(moto.endpoint, 'stskit-s3-user');
    const roleArn = await createRoleWithPolicy(moto.endpoint, `arn:aws:iam::${ACCOUNT}:user/stskit-s3-user`, 'stskit-s3-role', S3_ONLY);
    provider = fromAssumeRole({
      roleArn,
      roleSessionName: 's3-session',
      sourceCredentials: userKeys,
      clientConfig: { region: 'us-east-1', endpoint: moto.endpoint, env: {} },
    });
  }, 60_000);
  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    provider?.close();
    await moto?.close();
  });

  it('should sign S3 calls with the role session our provider obtained', async () => {
    const s3 = s3With(provider);
    await s3.send(new CreateBucketCommand({ Bucket: 'stskit-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'stskit-bucket', Key: 'hello.txt', Body: 'hello from stskit' }));
    const object = await s3.send(new GetObjectCommand({ Bucket: 'stskit-bucket', Key: 'hello.txt' }));
    expect(await object.Body?.transformToString()).toBe('hello from stskit');
    const credentials = await provider();
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    expect(credentials.sessionToken).toBeTruthy();
  });

  it('should be refused when the session is signed with a wrong secret, so moto really checks', async () => {
    const { accessKeyId, sessionToken } = await provider();
    const forged = s3With({ accessKeyId, secretAccessKey: 'not-the-secret', ...(sessionToken === undefined ? {} : { sessionToken }) });
    await expect(forged.send(new GetObjectCommand({ Bucket: 'stskit-bucket', Key: 'hello.txt' }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
  });
});
