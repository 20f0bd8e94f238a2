import { containerEndpoint } from '../src/container/containerEndpoint.js';
import { fromContainer } from '../src/index.js';
import { json, SAMPLE, startMetadataServer, type MetadataServer } from './support/metadataServer.js';
import { tempHome } from './support/tempHome.js';

describe(fromContainer.name, () => {
  let server: MetadataServer;
  let status = 200;
  beforeEach(async () => {
    status = 200;
    server = await startMetadataServer((_req, res) => (status === 200 ? json(res, 200, SAMPLE) : json(res, status, { message: 'no' })));
  });
  afterEach(() => server.close());

  it('should fetch credentials from the full URI with the token', async () => {
    const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.url}/creds`, AWS_CONTAINER_AUTHORIZATION_TOKEN: 'Bearer abc' };
    await expect(fromContainer({ env })()).resolves.toMatchObject({ accessKeyId: 'ASIAMETADATA', sessionToken: 'metadata-token', accountId: '111122223333' });
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/creds', headers: expect.objectContaining({ authorization: 'Bearer abc' }) });
  });

  it('should re-read the token file on every fetch', async () => {
    const home = tempHome({ token: 'first' });
    try {
      const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.url}/`, AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: home.path('token'), AWS_CONTAINER_AUTHORIZATION_TOKEN: 'ignored' };
      const provider = fromContainer({ env });
      await provider();
      home.write('token', 'second\n');
      await provider({ forceRefresh: true });
      expect(server.requests.map((r) => r.headers.authorization)).toEqual(['first', 'second']);
    } finally {
      home.remove();
    }
  });

  it('should retry a 5xx reply, and fail after the last attempt without leaking the reply', async () => {
    status = 500;
    const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${server.url}/` };
    await expect(fromContainer({ env, maxAttempts: 2 })()).rejects.toMatchObject({ kind: 'ProviderFailed', message: expect.stringContaining('answered HTTP 500') });
    expect(server.requests).toHaveLength(2);
  });

  it('should time out a hanging endpoint', async () => {
    const hanging = await startMetadataServer(() => undefined);
    try {
      const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: `${hanging.url}/` };
      await expect(fromContainer({ env, timeoutMs: 100, maxAttempts: 2 })()).rejects.toThrow(/no reply from http:\/\/127\.0\.0\.1:\d+ within 100 ms/);
      expect(hanging.requests).toHaveLength(2);
    } finally {
      await hanging.close();
    }
  });

  it('should reject a reply that is not credentials', async () => {
    const garbage = await startMetadataServer((_req, res) => json(res, 200, '<html>'));
    try {
      await expect(fromContainer({ env: { AWS_CONTAINER_CREDENTIALS_FULL_URI: garbage.url } })()).rejects.toThrow('characters that are not a JSON object');
    } finally {
      await garbage.close();
    }
  });

  it('should reject a token with a line break', async () => {
    const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: server.url, AWS_CONTAINER_AUTHORIZATION_TOKEN: 'a\r\nX-Evil: 1' };
    await expect(fromContainer({ env })()).rejects.toMatchObject({ kind: 'InvalidConfiguration' });
  });

  it('should pass (NotLoaded) when no URI is set', async () => {
    await expect(fromContainer({ env: {} })()).rejects.toMatchObject({ kind: 'NotLoaded', tryNextLink: true });
  });
});

describe(containerEndpoint.name, () => {
  it.each([
    [{ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/abc' }, 'http://169.254.170.2/v2/credentials/abc'],
    [{ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/x', AWS_CONTAINER_CREDENTIALS_FULL_URI: 'https://example.com/' }, 'http://169.254.170.2/x'],
    [{ AWS_CONTAINER_CREDENTIALS_FULL_URI: 'https://creds.example.com/get' }, 'https://creds.example.com/get'],
    [{ AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1:8080/get' }, 'http://127.0.0.1:8080/get'],
    [{ AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://localhost/get' }, 'http://localhost/get'],
    [{ AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://[::1]/get' }, 'http://[::1]/get'],
    [{ AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://169.254.170.23/v1/credentials' }, 'http://169.254.170.23/v1/credentials'],
    [{ AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://[fd00:ec2::23]/v1/credentials' }, 'http://[fd00:ec2::23]/v1/credentials'],
  ])('should resolve %j to %s', (env, url) => {
    expect(containerEndpoint(env).href).toBe(url);
  });

  it.each([['http://example.com/'], ['http://169.254.169.254/'], ['ftp://127.0.0.1/'], ['not a url']])('should refuse %s', (uri) => {
    expect(() => containerEndpoint({ AWS_CONTAINER_CREDENTIALS_FULL_URI: uri })).toThrow(expect.objectContaining({ kind: 'InvalidConfiguration' }));
  });
});
