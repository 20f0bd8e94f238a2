import { inspect } from 'node:util';
import { ENV_ACCESS_KEY_ID, ENV_ACCOUNT_ID, ENV_CREDENTIAL_EXPIRATION, ENV_SECRET_ACCESS_KEY, ENV_SESSION_TOKEN, fromEnv } from '../src/index.js';

describe(fromEnv.name, () => {
  it('should read every variable', async () => {
    const env = {
      [ENV_ACCESS_KEY_ID]: 'ASIAENV',
      [ENV_SECRET_ACCESS_KEY]: 'env-secret',
      [ENV_SESSION_TOKEN]: 'env-token',
      [ENV_CREDENTIAL_EXPIRATION]: '2030-01-01T00:00:00Z',
      [ENV_ACCOUNT_ID]: '111122223333',
    };
    await expect(fromEnv({ env })()).resolves.toEqual({
      accessKeyId: 'ASIAENV',
      secretAccessKey: 'env-secret',
      sessionToken: 'env-token',
      expiration: new Date('2030-01-01T00:00:00Z'),
      accountId: '111122223333',
    });
  });

  it('should name the variables it reads exactly (README table)', () => {
    expect([ENV_ACCESS_KEY_ID, ENV_SECRET_ACCESS_KEY, ENV_SESSION_TOKEN, ENV_CREDENTIAL_EXPIRATION, ENV_ACCOUNT_ID]).toEqual([
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_CREDENTIAL_EXPIRATION',
      'AWS_ACCOUNT_ID',
    ]);
  });

  it('should conceal the secrets', async () => {
    const credentials = await fromEnv({ env: { AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 'hidden-secret', AWS_SESSION_TOKEN: 'hidden-token' } })();
    expect(JSON.stringify(credentials) + inspect(credentials)).not.toMatch(/hidden/);
  });

  it.each([
    [{}, 'NotLoaded', 'AWS_ACCESS_KEY_ID is not set'],
    [{ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }, 'NotLoaded', 'AWS_ACCESS_KEY_ID is not set'],
    [{ AWS_ACCESS_KEY_ID: 'A' }, 'InvalidConfiguration', 'AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not'],
    [{ AWS_SECRET_ACCESS_KEY: 's' }, 'InvalidConfiguration', 'AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not'],
    [{ AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 's', AWS_CREDENTIAL_EXPIRATION: 'soon' }, 'InvalidConfiguration', "AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 date: 'soon'"],
  ])('should reject %j as %s', async (env, kind, message) => {
    await expect(fromEnv({ env })()).rejects.toMatchObject({ kind, message });
  });
});
