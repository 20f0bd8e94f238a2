import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import { CredentialsError, ManualClock } from '@stskit/credentials';
import { StsClient, StsServiceError, StsValidationError } from '@stskit/sts';
import { fromSaml, type FromSamlInit } from '../src/fromSaml.js';
import { expectInvalidOptions } from '../../../test/support/expectInvalidOptions.js';
import { FakeStsClient, HOUR } from '../../../test/support/FakeStsClient.js';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/analyst';
const PRINCIPAL_ARN = 'arn:aws:iam::111122223333:saml-provider/okta';
const ASSERTION = Buffer.from('<samlp:Response>signed by the IdP</samlp:Response>').toString('base64');

type Options = Omit<FromSamlInit, 'client' | 'clock'>;

function setup(options: Partial<Options> = {}) {
  const clock = new ManualClock();
  const fake = new FakeStsClient(clock);
  const init = { roleArn: ROLE_ARN, principalArn: PRINCIPAL_ARN, samlAssertion: ASSERTION, ...options };
  return { clock, fake, provider: fromSaml({ ...init, client: fake.client, clock }) };
}

describe(fromSaml.name, () => {
  it('should send AssumeRoleWithSAML with every request member and the assertion', async () => {
    const { fake, provider } = setup({
      policy: '{"Version":"2012-10-17","Statement":[]}',
      policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      durationSeconds: 7200,
    });
    const credentials = await provider();
    expect(fake.requests).toEqual([
      {
        operation: 'AssumeRoleWithSAML',
        input: {
          RoleArn: ROLE_ARN,
          PrincipalArn: PRINCIPAL_ARN,
          SAMLAssertion: ASSERTION,
          Policy: '{"Version":"2012-10-17","Statement":[]}',
          PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
          DurationSeconds: 7200,
        },
      },
    ]);
    expect(credentials).toMatchObject({ accessKeyId: 'ASIAFAKESAML00000001', accountId: '111122223333' });
  });

  it('should call the assertion provider once per refresh, never for cached calls', async () => {
    let signIns = 0;
    const samlAssertion = jest.fn(async () => `${ASSERTION}${++signIns}`);
    const { clock, fake, provider } = setup({ samlAssertion });
    await Promise.all(Array.from({ length: 20 }, () => provider()));
    await clock.advance(30 * 60_000);
    for (let call = 0; call < 20; call++) await provider();
    expect(samlAssertion).toHaveBeenCalledTimes(1);
    await clock.advance(HOUR);
    await provider();
    expect(samlAssertion).toHaveBeenCalledTimes(2);
    expect(fake.requests.map((request) => request.input.SAMLAssertion)).toEqual([`${ASSERTION}1`, `${ASSERTION}2`]);
  });

  it.each([{ assertion: '' }, { assertion: 'abc' }, { assertion: undefined }])(
    'should reject what the assertion provider gave when it is no assertion ($assertion), sending nothing',
    async ({ assertion }) => {
      const { fake, provider } = setup({ samlAssertion: () => assertion as string });
      await expect(provider()).rejects.toThrow(
        'fromSaml: what samlAssertion() gave must be a string of 4 to 100000 characters',
      );
      await expect(provider()).rejects.toMatchObject({ kind: 'InvalidConfiguration' });
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('should turn an StsValidationError into InvalidConfiguration with the original as cause', async () => {
    const { fake, provider } = setup();
    fake.failWith = new StsValidationError('AssumeRoleWithSAML', [
      { field: 'SAMLAssertion', rule: 'length', message: 'must be 4 to 100000 characters' },
    ]);
    await expect(provider()).rejects.toMatchObject({ kind: 'InvalidConfiguration', cause: fake.failWith });
  });

  it('should share one call in flight between providers of the same role and assertion provider', async () => {
    const clock = new ManualClock();
    const fake = new FakeStsClient(clock);
    const samlAssertion = jest.fn(() => ASSERTION);
    const init = { roleArn: ROLE_ARN, principalArn: PRINCIPAL_ARN, samlAssertion, client: fake.client, clock };
    await Promise.all(Array.from({ length: 10 }, () => fromSaml(init)()));
    expect(fake.requests).toHaveLength(1);
    expect(samlAssertion).toHaveBeenCalledTimes(1);
  });

  it('should keep the assertion out of errors and the secrets out of printed credentials', async () => {
    const { clock, fake, provider } = setup();
    fake.failWith = new StsServiceError({ code: 'IDPRejectedClaim', message: 'Audience mismatch', statusCode: 403, retryable: false });
    const error = await provider().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CredentialsError);
    fake.failWith = undefined;
    await clock.advance(1_000); // past the second in which callers share a failure
    const credentials = await provider();
    const printed = [inspect(error), JSON.stringify(error), inspect(credentials), JSON.stringify(credentials)].join(' ');
    for (const secret of [ASSERTION, credentials.secretAccessKey, credentials.sessionToken!]) {
      expect(printed).not.toContain(secret);
    }
  });
});

describe(`${fromSaml.name} options`, () => {
  it.each([
    { init: { principalArn: PRINCIPAL_ARN, samlAssertion: ASSERTION }, problem: 'roleArn is required' },
    { init: { roleArn: ROLE_ARN, samlAssertion: ASSERTION }, problem: 'principalArn is required' },
    { init: { roleArn: ROLE_ARN, principalArn: PRINCIPAL_ARN }, problem: 'samlAssertion is required' },
    { init: { roleArn: ROLE_ARN, principalArn: 'saml', samlAssertion: ASSERTION }, problem: 'principalArn must be a string of 20 to 2048' },
    { init: { roleArn: ROLE_ARN, principalArn: PRINCIPAL_ARN, samlAssertion: 'abc' }, problem: 'samlAssertion must be a string of 4 to 100000' },
    { init: { roleArn: ROLE_ARN, principalArn: PRINCIPAL_ARN, samlAssertion: ASSERTION, policy: '' }, problem: 'policy must be a string of 1 to 2048' },
    { init: { roleArn: ROLE_ARN, principalArn: PRINCIPAL_ARN, samlAssertion: ASSERTION, policyArns: [1] }, problem: 'policyArns item 0 must be a string' },
    { init: { roleArn: ROLE_ARN, principalArn: PRINCIPAL_ARN, samlAssertion: ASSERTION, durationSeconds: 899 }, problem: 'durationSeconds must be an integer from 900 to 43200' },
  ])('should reject $problem before any request', ({ init, problem }) => {
    expectInvalidOptions((fake) => fromSaml({ ...(init as FromSamlInit), ...fake }), problem);
  });

  it('should name every bad option in one message, never quoting the assertion', () => {
    const create = () => fromSaml({ roleArn: ROLE_ARN, principalArn: 'short', samlAssertion: 'xyz', durationSeconds: 1 });
    expect(create).toThrow(/^fromSaml: invalid options: principalArn .*; samlAssertion .*; durationSeconds .*$/u);
    expect(create).not.toThrow(/xyz/u);
  });

  it('should throw a TypeError for a client given with clientConfig', () => {
    const init = { roleArn: ROLE_ARN, principalArn: PRINCIPAL_ARN, samlAssertion: ASSERTION };
    expect(() => fromSaml({ ...init, client: new StsClient(), clientConfig: {} })).toThrow(TypeError);
  });
});
