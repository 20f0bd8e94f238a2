import { inspect } from 'node:util';
import { createCredentials } from '../src/createCredentials.js';

describe(createCredentials.name, () => {
  it('should keep only the members that have a value', () => {
    const credentials = createCredentials({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 's', sessionToken: undefined, expiration: undefined });
    expect(Object.keys(credentials)).toEqual(['accessKeyId', 'secretAccessKey']);
  });

  it('should carry every member given', () => {
    const expiration = new Date('2030-01-01T00:00:00Z');
    const credentials = createCredentials({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 's', sessionToken: 't', expiration, accountId: '123456789012' });
    expect(credentials).toEqual({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 's', sessionToken: 't', expiration, accountId: '123456789012' });
  });

  it('should conceal the secret key and session token from JSON and inspect', () => {
    const credentials = createCredentials({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'the-secret', sessionToken: 'the-token' });
    for (const text of [JSON.stringify(credentials), inspect(credentials)]) {
      expect(text).toContain('ASIAEXAMPLE');
      expect(text).not.toContain('the-secret');
      expect(text).not.toContain('the-token');
    }
  });
});
