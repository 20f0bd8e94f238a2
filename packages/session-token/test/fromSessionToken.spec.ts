import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import { CredentialsError, ManualClock } from '@stskit/credentials';
import { StsClient, StsServiceError } from '@stskit/sts';
import { expectInvalidOptions } from '../../../test/support/expectInvalidOptions.js';
import { FakeStsClient } from '../../../test/support/FakeStsClient.js';
import { fromSessionToken, type FromSessionTokenInit } from '../src/fromSessionToken.js';

const SERIAL = 'arn:aws:iam::111122223333:mfa/alice';
const HOUR = 60 * 60_000;

function setup(init: Omit<FromSessionTokenInit, 'client' | 'clock'> = {}) {
  const clock = new ManualClock();
  const fake = new FakeStsClient(clock);
  const codes: string[] = [];
  const tokenCode = () => {
    const code = String(100000 + codes.length);
    codes.push(code);
    return code;
  };
  const provider = fromSessionToken({ serialNumber: SERIAL, tokenCode, ...init, client: fake.client, clock });
  return { clock, fake, codes, provider };
}

describe(fromSessionToken.name, () => {
  it('should send GetSessionToken with the MFA device, the code and the duration', async () => {
    const { fake, provider } = setup({ durationSeconds: 129600 });
    const credentials = await provider();
    expect(fake.requests).toEqual([
      { operation: 'GetSessionToken', input: { DurationSeconds: 129600, SerialNumber: SERIAL, TokenCode: '100000' } },
    ]);
    expect(credentials.accessKeyId).toBe('ASIAFAKE000000000001');
    expect(credentials.expiration).toEqual(new Date(Date.UTC(2025, 0, 1) + HOUR));
  });

  it('should send no MFA members without a device', async () => {
    const clock = new ManualClock();
    const fake = new FakeStsClient(clock);
    await fromSessionToken({ client: fake.client, clock })();
    expect(fake.requests[0]?.input).toEqual({});
  });

  it('should ask for the MFA code only when it fetches a new session, never for cached calls', async () => {
    const { clock, codes, provider } = setup();
    await Promise.all(Array.from({ length: 100 }, () => provider()));
    await clock.advance(30 * 60_000);
    for (let call = 0; call < 100; call++) await provider();
    expect(codes).toHaveLength(1);
    await clock.advance(HOUR);
    await provider();
    expect(codes).toHaveLength(2);
  });

  it('should accept an asynchronous token code provider', async () => {
    const clock = new ManualClock();
    const fake = new FakeStsClient(clock);
    const provider = fromSessionToken({ client: fake.client, clock, serialNumber: SERIAL, tokenCode: async () => '654321' });
    await provider();
    expect(fake.requests[0]?.input.TokenCode).toBe('654321');
  });

  it('should ask once for many providers of the same request sharing one call in flight', async () => {
    const clock = new ManualClock();
    const fake = new FakeStsClient(clock);
    const tokenCode = jest.fn(() => '123456');
    const providers = Array.from({ length: 10 }, () =>
      fromSessionToken({ client: fake.client, clock, serialNumber: SERIAL, tokenCode }),
    );
    await Promise.all(providers.map((provider) => provider()));
    expect(fake.calls('GetSessionToken')).toBe(1);
    expect(tokenCode).toHaveBeenCalledTimes(1);
  });

  it.each([
    { init: { serialNumber: SERIAL }, problem: 'serialNumber needs tokenCode, a function giving the MFA code' },
    { init: { tokenCode: () => '123456' }, problem: 'tokenCode needs serialNumber, the MFA device it gives codes of' },
    { init: { durationSeconds: 899 }, problem: 'durationSeconds must be an integer from 900 to 129600' },
    { init: { durationSeconds: 129601 }, problem: 'durationSeconds must be an integer from 900 to 129600' },
    { init: { serialNumber: 'short', tokenCode: () => '123456' }, problem: 'serialNumber must be a string of 9 to 256' },
    { init: { serialNumber: SERIAL, tokenCode: '123456' }, problem: 'tokenCode must be a function' },
  ])('should reject bad options before any request: $problem', ({ init, problem }) => {
    expectInvalidOptions((fake) => fromSessionToken({ ...(init as FromSessionTokenInit), ...fake }), problem);
  });

  it('should name the bad options in the message', () => {
    expect(() => fromSessionToken({ durationSeconds: 60, serialNumber: SERIAL })).toThrow(
      'fromSessionToken: invalid options: durationSeconds must be an integer from 900 to 129600; serialNumber needs tokenCode, a function giving the MFA code',
    );
  });

  it('should throw a TypeError for a client given with clientConfig', () => {
    expect(() => fromSessionToken({ client: new StsClient(), clientConfig: {} })).toThrow(TypeError);
  });

  it('should reject a malformed MFA code without sending it or printing it', async () => {
    const { fake, provider } = setup({ tokenCode: () => '12345' });
    const error = await provider().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'InvalidConfiguration' });
    expect(inspect(error)).not.toContain('12345');
    expect(fake.requests).toHaveLength(0);
  });

  it('should fail with the STS refusal as cause, and no secret in the error', async () => {
    const { fake, provider } = setup();
    fake.failWith = new StsServiceError({
      code: 'AccessDenied',
      message: 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
      statusCode: 403,
      retryable: false,
    });
    const error = await provider().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ kind: 'ProviderFailed', cause: fake.failWith });
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain('100000');
  });

  it('should conceal the secrets of the credentials', async () => {
    const credentials = await setup().provider();
    const printed = `${inspect(credentials)} ${JSON.stringify(credentials)}`;
    expect(printed).not.toContain(credentials.secretAccessKey);
    expect(printed).not.toContain(credentials.sessionToken);
  });
});

