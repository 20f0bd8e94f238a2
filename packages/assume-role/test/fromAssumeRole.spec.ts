import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import { ManualClock } from '@stskit/credentials';
import { StsServiceError } from '@stskit/sts';
import { expectInvalidOptions } from '../../../test/support/expectInvalidOptions.js';
import { FakeStsClient } from '../../../test/support/FakeStsClient.js';
import { fromAssumeRole, type FromAssumeRoleInit } from '../src/fromAssumeRole.js';

const ROLE_ARN = 'arn:aws:iam::444455556666:role/reader';
const SERIAL = 'arn:aws:iam::111122223333:mfa/alice';
const HOUR = 60 * 60_000;

function setup(init: Partial<FromAssumeRoleInit> = {}) {
  const clock = new ManualClock();
  const fake = new FakeStsClient(clock);
  const provider = fromAssumeRole({ roleArn: ROLE_ARN, ...init, client: fake.client, clock });
  return { clock, fake, provider };
}

describe(fromAssumeRole.name, () => {
  it('should send every AssumeRole member, in the API names', async () => {
    const { fake, provider } = setup({
      roleSessionName: 'reader-session',
      externalId: 'partner-42',
      policy: '{"Version":"2012-10-17","Statement":[]}',
      policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      tags: [{ Key: 'team', Value: 'storage' }],
      transitiveTagKeys: ['team'],
      sourceIdentity: 'alice',
      providedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abcd' }],
      durationSeconds: 1800,
      serialNumber: SERIAL,
      tokenCode: () => '123456',
    });
    await provider();
    expect(fake.requests).toEqual([
      {
        operation: 'AssumeRole',
        input: {
          RoleArn: ROLE_ARN,
          RoleSessionName: 'reader-session',
          ExternalId: 'partner-42',
          Policy: '{"Version":"2012-10-17","Statement":[]}',
          PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
          Tags: [{ Key: 'team', Value: 'storage' }],
          TransitiveTagKeys: ['team'],
          SourceIdentity: 'alice',
          ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abcd' }],
          DurationSeconds: 1800,
          SerialNumber: SERIAL,
          TokenCode: '123456',
        },
      },
    ]);
  });

  it('should name the session after the clock when no name is given, and keep the name across refreshes', async () => {
    const { clock, fake, provider } = setup();
    await provider();
    await clock.advance(2 * HOUR);
    await provider();
    const names = fake.requests.map((request) => request.input.RoleSessionName);
    expect(names).toEqual([`stskit-${Date.UTC(2025, 0, 1)}`, `stskit-${Date.UTC(2025, 0, 1)}`]);
  });

  it('should take the account from the assumed role ARN', async () => {
    expect((await setup().provider()).accountId).toBe('444455556666');
  });

  it('should ask for the MFA code only when it fetches new credentials', async () => {
    const tokenCode = jest.fn(() => '123456');
    const { clock, provider } = setup({ serialNumber: SERIAL, tokenCode });
    for (let call = 0; call < 50; call++) await provider();
    expect(tokenCode).toHaveBeenCalledTimes(1);
    await clock.advance(HOUR);
    await provider();
    expect(tokenCode).toHaveBeenCalledTimes(2);
  });

  it('should make one call for 100 providers of the same request', async () => {
    const clock = new ManualClock();
    const fake = new FakeStsClient(clock);
    const providers = Array.from({ length: 100 }, () => fromAssumeRole({ roleArn: ROLE_ARN, client: fake.client, clock }));
    await Promise.all(providers.map((provider) => provider()));
    expect(fake.calls('AssumeRole')).toBe(1);
  });

  it.each([
    { init: {}, problem: 'roleArn is required' },
    { init: { roleArn: 'arn:aws:iam::1:role' }, problem: 'roleArn must be a string of 20 to 2048 characters' },
    { init: { roleArn: ROLE_ARN, roleSessionName: 'a/b' }, problem: 'roleSessionName must be a string of 2 to 64' },
    { init: { roleArn: ROLE_ARN, externalId: 'x' }, problem: 'externalId must be a string of 2 to 1224' },
    { init: { roleArn: ROLE_ARN, policy: '' }, problem: 'policy must be a string of at least 1 characters' },
    { init: { roleArn: ROLE_ARN, policyArns: [{ arn: ROLE_ARN }] }, problem: 'policyArns item 0 must be a string' },
    { init: { roleArn: ROLE_ARN, tags: [{ Key: '', Value: 'v' }] }, problem: 'tags item 0 Key must be a string of 1 to 128' },
    { init: { roleArn: ROLE_ARN, transitiveTagKeys: 'team' }, problem: 'transitiveTagKeys must be an array' },
    // The pattern has no ':', so it also keeps out the reserved 'aws:' prefix.
    { init: { roleArn: ROLE_ARN, sourceIdentity: 'aws:me' }, problem: 'sourceIdentity must be a string of 2 to 64' },
    { init: { roleArn: ROLE_ARN, providedContexts: [] }, problem: 'providedContexts must have 1 to 5 items' },
    { init: { roleArn: ROLE_ARN, durationSeconds: 43201 }, problem: 'durationSeconds must be an integer from 900 to 43200' },
    { init: { roleArn: ROLE_ARN, serialNumber: SERIAL }, problem: 'serialNumber needs tokenCode' },
    { init: { roleArn: ROLE_ARN, tokenCode: () => '123456' }, problem: 'tokenCode needs serialNumber' },
  ])('should reject bad options before any request or prompt: $problem', ({ init, problem }) => {
    expectInvalidOptions(
      (fake) => fromAssumeRole({ ...(init as FromAssumeRoleInit), ...fake }),
      `fromAssumeRole: invalid options: ${problem}`,
    );
  });

  it('should name every bad option at once', () => {
    expect(() => fromAssumeRole({ roleArn: 'short', durationSeconds: 1, serialNumber: SERIAL })).toThrow(
      'fromAssumeRole: invalid options: roleArn must be a string of 20 to 2048 characters matching ' +
        String.raw`[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]+; ` +
        'durationSeconds must be an integer from 900 to 43200; serialNumber needs tokenCode, a function giving the MFA code',
    );
  });

  it('should turn an STS ValidationError into InvalidConfiguration with the STS error as cause', async () => {
    const { fake, provider } = setup({ durationSeconds: 7200 });
    fake.failWith = new StsServiceError({
      code: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      statusCode: 400,
      retryable: false,
    });
    await expect(provider()).rejects.toMatchObject({
      kind: 'InvalidConfiguration',
      message:
        'fromAssumeRole: The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      cause: fake.failWith,
    });
  });

  it('should let other STS refusals fail as ProviderFailed, without the MFA code in the error', async () => {
    const { fake, provider } = setup({ serialNumber: SERIAL, tokenCode: () => '246810' });
    fake.failWith = new StsServiceError({ code: 'AccessDenied', message: 'not authorized', statusCode: 403, retryable: false });
    const error = await provider().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'ProviderFailed', cause: fake.failWith });
    expect(`${inspect(error)} ${JSON.stringify(error)} ${String(error)}`).not.toContain('246810');
  });

  it('should conceal the secrets of the credentials', async () => {
    const credentials = await setup().provider();
    const printed = `${inspect(credentials)} ${JSON.stringify(credentials)}`;
    expect(printed).not.toContain(credentials.secretAccessKey);
    expect(printed).not.toContain(credentials.sessionToken);
  });
});
