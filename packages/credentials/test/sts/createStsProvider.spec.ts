import { jest } from '@jest/globals';
import { StsClient, StsServiceError, StsValidationError } from '@stskit/sts';
import { CredentialsError } from '../../src/CredentialsError.js';
import { ManualClock } from '../../src/ManualClock.js';
import { asConfigurationError } from '../../src/sts/asConfigurationError.js';
import { createStsProvider } from '../../src/sts/createStsProvider.js';
import { credentialsFromReply } from '../../src/sts/credentialsFromReply.js';
import { defaultSessionName } from '../../src/sts/defaultSessionName.js';
import { FakeStsClient } from '../../../../test/support/FakeStsClient.js';

const REQUEST = { RoleArn: 'arn:aws:iam::111122223333:role/reader', RoleSessionName: 'reader' };

function setup(cacheKey = 'key') {
  const clock = new ManualClock();
  const fake = new FakeStsClient(clock);
  const provider = createStsProvider(
    { client: fake.client, clock },
    {
      providerName: 'fromTest',
      cacheKey,
      fetch: async (client) => credentialsFromReply(await client.assumeRole(REQUEST), 'fromTest', 'AssumeRole'),
    },
  );
  return { clock, fake, provider };
}

describe(createStsProvider.name, () => {
  it('should fetch through the client and cache the credentials', async () => {
    const { fake, provider } = setup();
    const first = await provider();
    expect(await provider()).toBe(first);
    expect(first.accountId).toBe('111122223333');
    expect(fake.calls('AssumeRole')).toBe(1);
  });

  it('should share one call in flight between providers with the same key', async () => {
    const { clock, fake, provider } = setup('shared key');
    const others = Array.from({ length: 9 }, () =>
      createStsProvider(
        { client: fake.client, clock },
        { providerName: 'fromTest', cacheKey: 'shared key', fetch: async () => Promise.reject(new Error('not called')) },
      ),
    );
    const results = await Promise.all([provider(), ...others.map((other) => other())]);
    expect(fake.calls('AssumeRole')).toBe(1);
    expect(new Set(results.map((credentials) => credentials.accessKeyId)).size).toBe(1);
  });

  it('should reject invalid input as InvalidConfiguration, with the STS error as cause', async () => {
    const { fake, provider } = setup();
    fake.failWith = new StsValidationError('AssumeRole', [{ field: 'RoleSessionName', rule: 'pattern', message: 'must match x' }]);
    const error = await provider().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ kind: 'InvalidConfiguration', cause: fake.failWith });
    expect((error as Error).message).toBe('fromTest: AssumeRole: 1 validation error: RoleSessionName: must match x');
  });

  it('should leave the owner of a given client to destroy it', () => {
    const { fake, provider } = setup();
    provider.close();
    expect(fake.destroyed).toBe(0);
  });

  it('should destroy the client it built when closed', () => {
    const destroy = jest.spyOn(StsClient.prototype, 'destroy');
    try {
      const provider = createStsProvider({}, { providerName: 'fromTest', cacheKey: 'k', fetch: () => Promise.reject(new Error('unused')) });
      provider.close();
      expect(destroy).toHaveBeenCalledTimes(1);
    } finally {
      destroy.mockRestore();
    }
  });
});

describe(asConfigurationError.name, () => {
  const serviceError = (code: string) =>
    new StsServiceError({ code, message: `${code} happened`, statusCode: 400, retryable: false });

  it('should turn STS ValidationError replies into InvalidConfiguration', () => {
    const error = serviceError('ValidationError');
    expect(asConfigurationError(error, 'fromTest')).toMatchObject({
      kind: 'InvalidConfiguration',
      message: 'fromTest: ValidationError happened',
      cause: error,
    });
  });

  it.each([serviceError('AccessDenied'), new Error('socket hang up'), 'a string'])('should leave %p unchanged', (error) => {
    expect(asConfigurationError(error, 'fromTest')).toBe(error);
  });
});

describe(defaultSessionName.name, () => {
  it('should name the session after the time, as the SDK does', () => {
    expect(defaultSessionName({ now: () => 1735689600000 })).toBe('stskit-1735689600000');
  });
});
