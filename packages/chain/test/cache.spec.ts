import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cliCacheKey, FileCredentialsCache } from '../src/index.js';
import { pythonJsonDumps } from '../src/cache/cacheKey.js';
import { tempHome } from './support/tempHome.js';

describe(cliCacheKey.name, () => {
  // Expected values from botocore: sha1(json.dumps(args, sort_keys=True)).hexdigest().
  it.each([
    [{ RoleArn: 'arn:aws:iam::111122223333:role/admin' }, '12ab38ff23076fbf81c6318032953bae97b76a44'],
    [
      { SerialNumber: 'arn:aws:iam::111122223333:mfa/alice', RoleSessionName: 'é-session', RoleArn: 'arn:aws:iam::111122223333:role/admin', ExternalId: 'x"y', DurationSeconds: 3600 },
      'ee4a157a6f562b4fccae13245a617802c916ff64',
    ],
  ])('should hash %j as botocore does', (args, hash) => {
    expect(cliCacheKey(args)).toBe(hash);
  });

  it("should print as Python's json.dumps with sort_keys", () => {
    expect(pythonJsonDumps({ RoleArn: 'r', DurationSeconds: 900, RoleSessionName: 'é' })).toBe('{"DurationSeconds": 900, "RoleArn": "r", "RoleSessionName": "\\u00e9"}');
  });
});

describe(FileCredentialsCache.name, () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  const credentials = { accessKeyId: 'ASIACACHE', secretAccessKey: 'cache-secret', sessionToken: 'cache-token', expiration: new Date(now + 3_600_000), accountId: '111122223333' };

  it('should write 0600 files atomically, in the AWS CLI shape, and read them back', async () => {
    const home = tempHome();
    try {
      const cache = new FileCredentialsCache(home.path('cache'));
      await cache.write('k', credentials);
      expect(readdirSync(home.path('cache'))).toEqual(['k.json']);
      expect(statSync(home.path('cache/k.json')).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(home.path('cache/k.json'), 'utf8'))).toEqual({
        Credentials: { AccessKeyId: 'ASIACACHE', SecretAccessKey: 'cache-secret', SessionToken: 'cache-token', Expiration: '2030-01-01T01:00:00Z', AccountId: '111122223333' },
      });
      await expect(cache.read('k', now, 15 * 60_000)).resolves.toEqual(credentials);
    } finally {
      home.remove();
    }
  });

  it("should read the AWS CLI's own timestamp format", async () => {
    const entry = { Credentials: { AccessKeyId: 'A', SecretAccessKey: 'S', SessionToken: 'T', Expiration: '2030-01-01T01:00:00UTC' }, AssumedRoleUser: {} };
    const home = tempHome({ 'cache/k.json': JSON.stringify(entry) });
    try {
      await expect(new FileCredentialsCache(home.path('cache')).read('k', now, 0)).resolves.toMatchObject({ expiration: new Date('2030-01-01T01:00:00Z') });
    } finally {
      home.remove();
    }
  });

  it.each([['{not json'], ['{}'], ['{"Credentials": {"AccessKeyId": "A"}}'], ['{"Credentials": {"AccessKeyId": "A", "SecretAccessKey": "S", "SessionToken": "T", "Expiration": "soon"}}']])(
    'should ignore a corrupt entry %s and replace it on write',
    async (text) => {
      const home = tempHome({ 'cache/k.json': text });
      try {
        const cache = new FileCredentialsCache(home.path('cache'));
        await expect(cache.read('k', now, 0)).resolves.toBeUndefined();
        await cache.write('k', credentials);
        await expect(cache.read('k', now, 0)).resolves.toMatchObject({ accessKeyId: 'ASIACACHE' });
      } finally {
        home.remove();
      }
    },
  );

  it('should treat an entry with 15 minutes or less left as a miss, as the AWS CLI does', async () => {
    const home = tempHome();
    try {
      const cache = new FileCredentialsCache(home.path('cache'));
      await cache.write('k', { ...credentials, expiration: new Date(now + 15 * 60_000) });
      await expect(cache.read('k', now, 15 * 60_000)).resolves.toBeUndefined();
    } finally {
      home.remove();
    }
  });
});
