import { inspect } from 'node:util';
import { CredentialsError, ManualClock } from '@stskit/credentials';
import { StsClient, StsServiceError, StsValidationError } from '@stskit/sts';
import { fromFederationToken, type FromFederationTokenInit } from '../src/fromFederationToken.js';
import { expectInvalidOptions } from '../../../test/support/expectInvalidOptions.js';
import { FakeStsClient, HOUR } from '../../../test/support/FakeStsClient.js';

const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';

function setup() {
  const clock = new ManualClock();
  const fake = new FakeStsClient(clock);
  fake.lifetimeMs = 12 * HOUR; // STS's default for GetFederationToken
  const provide = (init: Omit<FromFederationTokenInit, 'client' | 'clock'>) => fromFederationToken({ ...init, client: fake.client, clock });
  return { clock, fake, provide };
}

describe(fromFederationToken.name, () => {
  it('should send GetFederationToken with every request member', async () => {
    const { fake, provide } = setup();
    const credentials = await provide({
      name: 'carol',
      policy: POLICY,
      policyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
      tags: [{ Key: 'tenant', Value: 'acme' }],
      durationSeconds: 129600,
    })();
    expect(fake.requests).toEqual([
      {
        operation: 'GetFederationToken',
        input: {
          Name: 'carol',
          Policy: POLICY,
          PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }],
          Tags: [{ Key: 'tenant', Value: 'acme' }],
          DurationSeconds: 129600,
        },
      },
    ]);
    expect(credentials).toMatchObject({ accessKeyId: 'ASIAFAKEFEDERATED001', accountId: '111122223333' });
  });

  it('should serve many users from one shared client, which closing their providers leaves open', async () => {
    const { fake, provide } = setup();
    const names = Array.from({ length: 50 }, (_, index) => `user-${index}`);
    const providers = names.map((name) => provide({ name, policy: POLICY }));
    const credentials = await Promise.all(providers.map((provider) => provider()));
    expect(new Set(credentials.map((issued) => issued.accessKeyId)).size).toBe(50);
    expect(fake.requests.map((request) => request.input.Name).sort()).toEqual([...names].sort());
    for (const provider of providers) provider.close();
    expect(fake.destroyed).toBe(0);
  });

  it('should share one call in flight between providers of the same user and policy', async () => {
    const { fake, provide } = setup();
    await Promise.all(Array.from({ length: 10 }, () => provide({ name: 'carol', policy: POLICY })()));
    expect(fake.requests).toHaveLength(1);
  });

  it('should refresh before the session expires', async () => {
    const { clock, fake, provide } = setup();
    fake.lifetimeMs = 15 * 60_000;
    const provider = provide({ name: 'carol', durationSeconds: 900 });
    const first = await provider();
    await clock.advance(15 * 60_000);
    expect((await provider()).accessKeyId).not.toBe(first.accessKeyId);
    expect(fake.requests).toHaveLength(2);
  });

  it('should turn an StsValidationError into InvalidConfiguration with the original as cause', async () => {
    const { fake, provide } = setup();
    fake.failWith = new StsValidationError('GetFederationToken', [{ field: 'Policy', rule: 'length', message: 'must be 1 to 2048 characters' }]);
    await expect(provide({ name: 'carol' })()).rejects.toMatchObject({ kind: 'InvalidConfiguration', cause: fake.failWith });
  });

  it('should fail with the STS refusal as cause, and no secret in the error or the credentials printed', async () => {
    const { clock, fake, provide } = setup();
    const provider = provide({ name: 'carol' });
    fake.failWith = new StsServiceError({
      code: 'AccessDenied',
      message: 'Cannot call GetFederationToken with session credentials',
      statusCode: 403,
      retryable: false,
    });
    const error = await provider().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ kind: 'ProviderFailed', cause: fake.failWith });
    fake.failWith = undefined;
    await clock.advance(1_000); // past the second in which callers share a failure
    const credentials = await provider();
    const printed = `${inspect(credentials)} ${JSON.stringify(credentials)}`;
    expect(printed).not.toContain(credentials.secretAccessKey);
    expect(printed).not.toContain(credentials.sessionToken);
  });
});

describe(`${fromFederationToken.name} options`, () => {
  it.each([
    { init: {}, problem: 'name is required' },
    { init: { name: 'c' }, problem: 'name must be a string of 2 to 32 characters' },
    { init: { name: 'a'.repeat(33) }, problem: 'name must be a string of 2 to 32 characters' },
    { init: { name: 'carol smith' }, problem: 'name must be a string of 2 to 32 characters matching' },
    { init: { name: 'carol', policy: 'é'.repeat(2049) }, problem: 'policy must be a string of 1 to 2048' },
    { init: { name: 'carol', policyArns: ['arn:short'] }, problem: 'policyArns item 0 must be a string of 20 to 2048' },
    { init: { name: 'carol', tags: [{ Key: 'tenant' }] }, problem: 'tags item 0 Value is required' },
    { init: { name: 'carol', tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: '' })) }, problem: 'tags must have 0 to 50 items' },
    { init: { name: 'carol', durationSeconds: 899 }, problem: 'durationSeconds must be an integer from 900 to 129600' },
    { init: { name: 'carol', durationSeconds: 129601 }, problem: 'durationSeconds must be an integer from 900 to 129600' },
  ])('should reject $problem before any request', ({ init, problem }) => {
    expectInvalidOptions((fake) => fromFederationToken({ ...(init as FromFederationTokenInit), ...fake }), problem);
  });

  it('should name every bad option in one message', () => {
    expect(() => fromFederationToken({ name: 'c', durationSeconds: 60 })).toThrow(
      /^fromFederationToken: invalid options: name must be .*; durationSeconds must be an integer from 900 to 129600$/u,
    );
  });

  it('should throw a TypeError for a shared client given with source credentials', () => {
    const sourceCredentials = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' };
    expect(() => fromFederationToken({ name: 'carol', client: new StsClient(), sourceCredentials })).toThrow(TypeError);
  });
});
