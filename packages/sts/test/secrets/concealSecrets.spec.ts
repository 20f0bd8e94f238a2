import { inspect } from 'node:util';
import { concealSecrets, REDACTED } from '../../src/secrets/concealSecrets.js';

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';
const token = 'IQoJb3JpZ2luX2VjEXAMPLETOKEN';

describe(concealSecrets.name, () => {
  const make = () =>
    concealSecrets({ AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: secret, SessionToken: token }, [
      'SecretAccessKey',
      'SessionToken',
    ]);

  it('should keep secrets readable and enumerable for SDK code that reads or spreads them', () => {
    const credentials = make();
    expect(credentials.SecretAccessKey).toBe(secret);
    expect({ ...credentials }.SessionToken).toBe(token);
    expect(Object.keys(credentials)).toEqual(['AccessKeyId', 'SecretAccessKey', 'SessionToken']);
  });

  it('should hide secrets from JSON.stringify, also when nested', () => {
    const json = JSON.stringify({ Credentials: make() });
    expect(json).not.toContain(secret);
    expect(json).not.toContain(token);
    expect(JSON.parse(json).Credentials).toEqual({ AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: REDACTED, SessionToken: REDACTED });
  });

  it('should hide secrets from util.inspect, also when nested', () => {
    for (const text of [inspect(make()), inspect({ deep: { Credentials: make() } }, { depth: 5 })]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(token);
      expect(text).toContain('ASIAEXAMPLE');
    }
  });

  it('should leave absent secrets absent', () => {
    const partial = concealSecrets({ AccessKeyId: 'A', SessionToken: undefined as string | undefined }, ['SessionToken']);
    expect(JSON.parse(JSON.stringify(partial))).toEqual({ AccessKeyId: 'A' });
  });
});
