import { inspect } from 'node:util';
import { fromStsCredentials } from '../src/fromStsCredentials.js';
import { ManualClock } from '../src/ManualClock.js';
import { createRefreshingProvider } from '../src/refreshingProvider.js';
import { HOUR } from './fakeSource.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';
const TOKEN = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN';
const stsCredentials = {
  AccessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  SecretAccessKey: SECRET,
  SessionToken: TOKEN,
  Expiration: new Date('2025-01-01T01:00:00Z'),
};

function expectNoSecret(text: string): void {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(TOKEN);
}

describe(fromStsCredentials.name, () => {
  it('should map the STS members to SDK v3 credentials', () => {
    expect({ ...fromStsCredentials(stsCredentials, '123456789012') }).toEqual({
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      secretAccessKey: SECRET,
      sessionToken: TOKEN,
      expiration: stsCredentials.Expiration,
      accountId: '123456789012',
    });
  });

  it('should leave accountId out when it is not known', () => {
    expect(Object.keys(fromStsCredentials(stsCredentials))).not.toContain('accountId');
  });

  it('should conceal the secrets from JSON.stringify and util.inspect', () => {
    const credentials = fromStsCredentials(stsCredentials);
    expectNoSecret(JSON.stringify(credentials));
    expectNoSecret(inspect(credentials));
    expectNoSecret(`${inspect({ nested: { credentials } }, { depth: 5 })}`);
    expect(JSON.parse(JSON.stringify(credentials))).toMatchObject({ accessKeyId: 'ASIAIOSFODNN7EXAMPLE' });
  });

  it('should keep secrets out of the errors of a provider that held them', async () => {
    const clock = new ManualClock(Date.parse('2025-01-01T00:00:00Z'));
    let fail = false;
    const provider = createRefreshingProvider(async () => {
      if (fail) throw new Error('connect ECONNREFUSED');
      return fromStsCredentials(stsCredentials);
    }, { clock });
    await provider();
    fail = true;
    await clock.advance(HOUR);
    const error: unknown = await provider().catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(Error);
    expectNoSecret(inspect(error, { depth: 10 }));
    expectNoSecret(JSON.stringify(error));
    expectNoSecret(String(error));
  });
});
