import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import { CredentialsError } from '../../src/CredentialsError.js';
import { stringOption } from '../../src/sts/optionRules.js';
import { readSecretSource, secretSourceKey, secretSourceOption, type SecretSource } from '../../src/sts/secretSource.js';

const TOKEN_RULE = stringOption(4, 64, /^[\w.-]+$/u);
const TOKEN_PROBLEM = 'must be a string of 4 to 64 characters matching [\\w.-]+';
const SECRET = 'eyJhbGciOiJSUzI1NiJ9.claims.signature';

describe(secretSourceOption.name, () => {
  const rule = secretSourceOption(TOKEN_RULE);

  it.each([SECRET, 'abcd'])('should accept a fixed secret passing the rule (%j)', (value) => {
    expect(rule(value)).toBeUndefined();
  });

  it.each([
    { what: 'too short', value: 'abc' },
    { what: 'too long', value: 'x'.repeat(65) },
    { what: 'off the pattern', value: 'has spaces' },
    { what: 'a number', value: 42 },
    { what: 'an object', value: { token: SECRET } },
  ])('should give the rule\'s problem for a fixed secret $what', ({ value }) => {
    expect(rule(value)).toBe(TOKEN_PROBLEM);
  });

  it('should accept any function, whose results are checked when it is called', () => {
    expect(rule(() => 'abc')).toBeUndefined();
    expect(rule(async () => SECRET)).toBeUndefined();
  });
});

describe(readSecretSource.name, () => {
  it('should give a fixed secret as it is, leaving its check to the options', async () => {
    const check = jest.fn(TOKEN_RULE);
    await expect(readSecretSource(SECRET, check, 'webIdentityToken', 'fromTest')).resolves.toBe(SECRET);
    expect(check).not.toHaveBeenCalled();
  });

  it.each([
    { kind: 'sync', source: () => SECRET },
    { kind: 'async', source: async () => SECRET },
  ])('should give what a $kind function gives, calling it each time', async ({ source }) => {
    const giver = jest.fn(source);
    await expect(readSecretSource(giver, TOKEN_RULE, 'webIdentityToken', 'fromTest')).resolves.toBe(SECRET);
    await expect(readSecretSource(giver, TOKEN_RULE, 'webIdentityToken', 'fromTest')).resolves.toBe(SECRET);
    expect(giver).toHaveBeenCalledTimes(2);
  });

  it.each([
    { what: 'too short', value: 'x9Q', quoted: 'x9Q' },
    { what: 'too long', value: `${SECRET}.${SECRET}`, quoted: SECRET },
    { what: 'off the pattern', value: 'secret with spaces', quoted: 'secret with spaces' },
    { what: 'a number', value: 424242, quoted: '424242' },
    { what: 'an object', value: { token: SECRET }, quoted: SECRET },
    { what: 'undefined', value: undefined, quoted: undefined },
    { what: 'null', value: null, quoted: undefined },
  ])('should reject a function giving something $what as InvalidConfiguration, never quoting it', async ({ value, quoted }) => {
    const source = (async () => value) as unknown as SecretSource;
    const error = await readSecretSource(source, TOKEN_RULE, 'webIdentityToken', 'fromTest').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({
      kind: 'InvalidConfiguration',
      message: `fromTest: what webIdentityToken() gave ${TOKEN_PROBLEM}`,
    });
    if (quoted !== undefined) expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(quoted);
  });

  it('should let an error thrown by the function pass unchanged', async () => {
    const failure = new Error('identity provider unreachable');
    const source = () => Promise.reject(failure);
    await expect(readSecretSource(source, TOKEN_RULE, 'samlAssertion', 'fromTest')).rejects.toBe(failure);
  });
});

describe(secretSourceKey.name, () => {
  it('should key a fixed secret by its SHA-256 digest, as documented', () => {
    expect(secretSourceKey('test')).toBe('sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  });

  it('should never hold the fixed secret itself', () => {
    const key = secretSourceKey(SECRET);
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(key).not.toContain(SECRET);
    for (const part of SECRET.split('.')) expect(key).not.toContain(part);
  });

  it('should give equal fixed secrets the same key, and different ones different keys', () => {
    expect(secretSourceKey(SECRET)).toBe(secretSourceKey(`${SECRET}`));
    expect(secretSourceKey(SECRET)).not.toBe(secretSourceKey(`${SECRET}x`));
  });

  it('should give the same function the same key every time', () => {
    const source = () => SECRET;
    expect(secretSourceKey(source)).toBe(secretSourceKey(source));
  });

  it('should give different functions different keys, even when they give the same secret', () => {
    const keys = [() => SECRET, () => SECRET, async () => SECRET].map((source) => secretSourceKey(source));
    expect(new Set(keys).size).toBe(3);
  });

  it('should key a function by identity, never calling it or quoting its code', () => {
    const source = jest.fn(() => SECRET);
    const key = secretSourceKey(source);
    expect(key).toMatch(/^function#\d+$/u);
    expect(source).not.toHaveBeenCalled();
  });

  it('should not confuse a function with a fixed secret', () => {
    const source = () => SECRET;
    expect(secretSourceKey(source)).not.toBe(secretSourceKey(SECRET));
  });
});
