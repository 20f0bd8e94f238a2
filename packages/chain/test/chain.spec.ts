import { jest } from '@jest/globals';
import { CredentialsProviderError } from '@smithy/property-provider';
import { CredentialsError } from '@stskit/credentials';
import { chain, ProviderChainError } from '../src/index.js';

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
const yields = async () => credentials;
const notLoaded = (reason: string) => async () => {
  throw new CredentialsError(reason, { kind: 'NotLoaded' });
};

describe(chain.name, () => {
  it('should return the first link that yields', async () => {
    const second = jest.fn(yields);
    await expect(chain(['first', yields], ['second', second])()).resolves.toBe(credentials);
    expect(second).not.toHaveBeenCalled();
  });

  it('should pass over NotLoaded links', async () => {
    await expect(chain(['env', notLoaded('AWS_ACCESS_KEY_ID is not set')], ['profile', yields])()).resolves.toBe(credentials);
  });

  it('should list every link and why when all pass, as NotLoaded', async () => {
    const error = await chain(['env', notLoaded('AWS_ACCESS_KEY_ID is not set')], ['imds', notLoaded('IMDS is disabled')])().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderChainError);
    expect(error).toMatchObject({ kind: 'NotLoaded', tryNextLink: true });
    expect((error as Error).message).toBe('no credentials: every provider in the chain passed\n  - env: AWS_ACCESS_KEY_ID is not set\n  - imds: IMDS is disabled');
    expect((error as ProviderChainError).attempts.map((a) => a.provider)).toEqual(['env', 'imds']);
  });

  it('should stop at a real failure and name the provider', async () => {
    const failing = async () => {
      throw new CredentialsError('AccessDenied: not authorized', { kind: 'ProviderFailed' });
    };
    const after = jest.fn(yields);
    const error = await chain(['env', notLoaded('unset')], ['profile', failing], ['imds', after])().catch((e: unknown) => e);
    expect(after).not.toHaveBeenCalled();
    expect(error).toMatchObject({ kind: 'ProviderFailed', tryNextLink: false });
    expect((error as Error).message).toBe('profile failed: AccessDenied: not authorized\n  after passing over: env (unset)');
  });

  it.each([
    ['nothing', async () => undefined],
    ['keys without a secret', async () => ({ accessKeyId: 'AKID' })],
  ])('should stop, naming the link, when a link yields %s instead of credentials', async (_what, unusable) => {
    const after = jest.fn(yields);
    const error = await chain(['broken', unusable as unknown as typeof yields], ['imds', after])().catch((e: unknown) => e);
    expect(after).not.toHaveBeenCalled();
    expect(error).toBeInstanceOf(ProviderChainError);
    expect(error).toMatchObject({ kind: 'ProviderFailed', tryNextLink: false });
    expect((error as Error).message).toMatch(/^broken failed: broken: could not get credentials: the source gave /);
  });

  it('should continue past SDK v3 errors with tryNextLink and stop at those without', async () => {
    const sdkPass = async () => {
      throw new CredentialsProviderError('Could not load credentials from any providers', { tryNextLink: true });
    };
    const sdkStop = async () => {
      throw new CredentialsProviderError('Profile misconfigured', { tryNextLink: false });
    };
    await expect(chain(['sdk', sdkPass], ['ours', yields])()).resolves.toBe(credentials);
    await expect(chain(['sdk', sdkStop], ['ours', yields])()).rejects.toMatchObject({ kind: 'ProviderFailed', message: 'sdk failed: Profile misconfigured' });
  });

  it('should stop at an unknown error as Unhandled', async () => {
    const buggy = async () => {
      throw new TypeError('x is undefined');
    };
    await expect(chain(['buggy', buggy], ['ours', yields])()).rejects.toMatchObject({ kind: 'Unhandled' });
  });

  it('should let an enclosing chain move on when a nested chain passes', async () => {
    const inner = chain(['a', notLoaded('no a')]);
    await expect(chain(['inner', inner], ['outer', yields])()).resolves.toBe(credentials);
  });

  it('should name a link by its function name, or by its position', async () => {
    async function fromSomewhere(): Promise<never> {
      throw new CredentialsError('not here', { kind: 'NotLoaded' });
    }
    const anonymous = [notLoaded('nope')][0]!;
    await expect(chain(fromSomewhere, anonymous)()).rejects.toThrow('  - fromSomewhere: not here\n  - link 2: nope');
  });

  it('should close every link that can be closed', () => {
    const close = jest.fn();
    chain(Object.assign(yields, { close }), notLoaded('x')).close();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('should reject misuse with a TypeError', () => {
    expect(() => chain()).toThrow(new TypeError('chain needs at least one provider'));
    expect(() => chain(['x', 'y' as never])).toThrow(new TypeError('Expected chain link 1 to be a provider or a [name, provider] pair'));
  });
});
