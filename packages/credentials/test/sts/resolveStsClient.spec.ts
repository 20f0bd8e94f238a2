import { StsClient } from '@stskit/sts';
import { resolveStsClient, sourceCredentialsOf } from '../../src/sts/resolveStsClient.js';

const KEY = { accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 'secret' };

describe(resolveStsClient.name, () => {
  it('should return a given client, not owned', () => {
    const client = new StsClient();
    expect(resolveStsClient({ client }, 'fromTest')).toEqual({ client, owned: false });
  });

  it('should build an owned client otherwise', () => {
    const resolved = resolveStsClient({ clientConfig: { region: 'eu-west-1' }, sourceCredentials: KEY }, 'fromTest');
    expect(resolved.client).toBeInstanceOf(StsClient);
    expect(resolved.owned).toBe(true);
  });

  it.each([
    {
      options: { client: new StsClient(), clientConfig: {} },
      message: 'fromTest: pass either `client` or `clientConfig`, not both',
    },
    {
      options: { client: new StsClient(), sourceCredentials: KEY },
      message:
        'fromTest: a given `client` signs with its own credentials; pass `sourceCredentials` with `clientConfig` instead',
    },
    {
      options: { clientConfig: { credentials: KEY }, sourceCredentials: KEY },
      message: 'fromTest: pass either `sourceCredentials` or `clientConfig.credentials`, not both',
    },
  ])('should throw a TypeError: $message', ({ options, message }) => {
    expect(() => resolveStsClient(options, 'fromTest')).toThrow(new TypeError(message));
  });
});

describe(sourceCredentialsOf.name, () => {
  it('should take sourceCredentials, or else clientConfig.credentials', () => {
    expect(sourceCredentialsOf({ sourceCredentials: KEY }, 'fromTest')).toBe(KEY);
    expect(sourceCredentialsOf({ clientConfig: { credentials: KEY } }, 'fromTest')).toBe(KEY);
    expect(sourceCredentialsOf({}, 'fromTest')).toBeUndefined();
  });
});
