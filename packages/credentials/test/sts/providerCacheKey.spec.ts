import { StsClient } from '@stskit/sts';
import { providerCacheKey } from '../../src/sts/providerCacheKey.js';

const KEY = { accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 'secret' };
const REQUEST = { RoleArn: 'arn:aws:iam::111122223333:role/reader', RoleSessionName: 'reader' };

describe(providerCacheKey.name, () => {
  it('should be equal for equal requests, whatever the order of members and unset ones', () => {
    const a = providerCacheKey('AssumeRole', { ...REQUEST, Tags: [{ Key: 'k', Value: 'v' }] }, { sourceCredentials: KEY });
    const b = providerCacheKey(
      'AssumeRole',
      { Tags: [{ Value: 'v', Key: 'k' }], ExternalId: undefined, RoleSessionName: 'reader', RoleArn: REQUEST.RoleArn },
      { sourceCredentials: { ...KEY } },
    );
    expect(a).toBe(b);
  });

  it('should leave the TokenCode out', () => {
    const key = providerCacheKey('AssumeRole', { ...REQUEST, TokenCode: '123456' }, { sourceCredentials: KEY });
    expect(key).toBe(providerCacheKey('AssumeRole', REQUEST, { sourceCredentials: KEY }));
    expect(key).not.toContain('123456');
  });

  it('should never contain a secret access key', () => {
    expect(providerCacheKey('AssumeRole', REQUEST, { sourceCredentials: KEY })).not.toContain(KEY.secretAccessKey);
  });

  it('should tell source provider functions apart by identity', async () => {
    const source = async () => KEY;
    const other = async () => KEY;
    const key = (sourceCredentials: typeof source) => providerCacheKey('AssumeRole', REQUEST, { sourceCredentials });
    expect(key(source)).toBe(key(source));
    expect(key(source)).not.toBe(key(other));
  });

  it('should tell given clients apart by identity', () => {
    const client = new StsClient();
    const key = (given: StsClient) => providerCacheKey('AssumeRole', REQUEST, { client: given });
    expect(key(client)).toBe(key(client));
    expect(key(client)).not.toBe(key(new StsClient()));
  });

  it.each([
    { change: 'operation', other: providerCacheKey('GetSessionToken', REQUEST, { sourceCredentials: KEY }) },
    { change: 'request', other: providerCacheKey('AssumeRole', { ...REQUEST, DurationSeconds: 900 }, { sourceCredentials: KEY }) },
    {
      change: 'access key',
      other: providerCacheKey('AssumeRole', REQUEST, { sourceCredentials: { ...KEY, accessKeyId: 'AKIAEXAMPLE000000002' } }),
    },
    {
      change: 'endpoint',
      other: providerCacheKey('AssumeRole', REQUEST, { clientConfig: { credentials: KEY, endpoint: 'http://127.0.0.1:1' } }),
    },
    { change: 'region', other: providerCacheKey('AssumeRole', REQUEST, { sourceCredentials: KEY, clientConfig: { region: 'eu-west-1' } }) },
  ])('should differ when the $change differs', ({ other }) => {
    expect(other).not.toBe(providerCacheKey('AssumeRole', REQUEST, { sourceCredentials: KEY }));
  });

  it('should treat sourceCredentials and clientConfig.credentials as the same source', () => {
    expect(providerCacheKey('AssumeRole', REQUEST, { clientConfig: { credentials: KEY } })).toBe(
      providerCacheKey('AssumeRole', REQUEST, { sourceCredentials: KEY }),
    );
  });
});
