import { inspect } from 'node:util';
import { chain, CredentialsProviderError } from '@smithy/property-provider';
import { CredentialsError, type CredentialsErrorKind } from '../src/CredentialsError.js';

describe(CredentialsError.name, () => {
  it.each<{ kind: CredentialsErrorKind; tryNextLink: boolean }>([
    { kind: 'NotLoaded', tryNextLink: true },
    { kind: 'InvalidConfiguration', tryNextLink: false },
    { kind: 'ProviderFailed', tryNextLink: false },
    { kind: 'Unhandled', tryNextLink: false },
  ])('should derive tryNextLink $tryNextLink from the kind $kind', ({ kind, tryNextLink }) => {
    const error = new CredentialsError('no credentials', { kind });
    expect(error.kind).toBe(kind);
    expect(error.tryNextLink).toBe(tryNextLink);
  });

  it('should be a CredentialsProviderError and an Error with its own name', () => {
    const error = new CredentialsError('no credentials', { kind: 'NotLoaded' });
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toBeInstanceOf(CredentialsProviderError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CredentialsError');
    expect(error.message).toBe('no credentials');
    expect(error.stack).toMatch(/^CredentialsError: no credentials/);
  });

  it('should keep the cause, out of its JSON', () => {
    const cause = new Error('AccessDenied');
    const error = new CredentialsError('refused', { kind: 'ProviderFailed', cause });
    expect(error.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'CredentialsError', kind: 'ProviderFailed', tryNextLink: false });
    expect(inspect(error)).toContain('AccessDenied');
  });

  it('should let an AWS SDK v3 chain continue past NotLoaded only', async () => {
    const notLoaded = () => Promise.reject(new CredentialsError('no env', { kind: 'NotLoaded' }));
    const misconfigured = () => Promise.reject(new CredentialsError('bad ARN', { kind: 'InvalidConfiguration' }));
    const working = () => Promise.resolve({ accessKeyId: 'AKIA', secretAccessKey: 's' });
    await expect(chain(notLoaded, working)()).resolves.toMatchObject({ accessKeyId: 'AKIA' });
    await expect(chain(misconfigured, working)()).rejects.toMatchObject({ message: 'bad ARN' });
  });
});
