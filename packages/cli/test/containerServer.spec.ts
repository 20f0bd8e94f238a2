import type { CredentialProvider } from '@stskit/credentials';
import { startContainerCredentialsServer, type ContainerCredentialsServer } from '../src/commands/exec/containerServer.js';

const EXPIRATION = new Date('2030-01-01T00:00:00.000Z');
const provider: CredentialProvider = Object.assign(
  async () => ({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token', expiration: EXPIRATION, accountId: '111122223333' }),
  { close: () => undefined },
);

describe(startContainerCredentialsServer.name, () => {
  let server: ContainerCredentialsServer;
  beforeAll(async () => {
    server = await startContainerCredentialsServer(provider);
  });
  afterAll(() => server.close());

  it('should answer the container-credentials protocol to a caller with the token', async () => {
    const response = await fetch(server.url, { headers: { authorization: server.authorizationToken } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      AccessKeyId: 'ASIAEXAMPLE',
      SecretAccessKey: 'secret',
      Token: 'token',
      Expiration: '2030-01-01T00:00:00.000Z',
      AccountId: '111122223333',
    });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'guess' }],
    ['a token one character short', { authorization: 'x'.repeat(42) }],
  ])('should refuse a caller with %s', async (_case, headers: Record<string, string>) => {
    const response = await fetch(server.url, { headers });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('secret');
  });

  it('should answer only GET /credentials', async () => {
    const response = await fetch(new URL('/other', server.url), { headers: { authorization: server.authorizationToken } });
    expect(response.status).toBe(404);
  });

  it('should give a new random token to each server', async () => {
    const other = await startContainerCredentialsServer(provider);
    expect(other.authorizationToken).not.toBe(server.authorizationToken);
    await other.close();
  });
});
