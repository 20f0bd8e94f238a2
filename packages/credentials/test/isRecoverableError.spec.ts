import { CredentialsError } from '../src/CredentialsError.js';
import { isRecoverableError } from '../src/isRecoverableError.js';
import { stsServiceError } from './fakeSource.js';

const named = (name: string): Error => Object.assign(new Error(name), { name });

describe(isRecoverableError.name, () => {
  it.each([
    { name: 'a network failure', error: Object.assign(new Error('reset'), { code: 'ECONNRESET' }), recoverable: true },
    { name: 'throttling', error: stsServiceError('Throttling', true), recoverable: true },
    { name: 'an unknown error', error: new TypeError('oops'), recoverable: true },
    { name: 'a non-error value', error: 'down', recoverable: true },
    { name: 'AccessDenied', error: stsServiceError('AccessDenied', false), recoverable: false },
    { name: 'ExpiredToken', error: stsServiceError('ExpiredToken', false), recoverable: false },
    { name: 'a validation error', error: named('StsValidationError'), recoverable: false },
    {
      name: 'a failed provider',
      error: new CredentialsError('down', { kind: 'ProviderFailed', cause: new Error('reset') }),
      recoverable: true,
    },
    {
      name: 'a failed provider refused by STS',
      error: new CredentialsError('refused', { kind: 'ProviderFailed', cause: stsServiceError('AccessDenied', false) }),
      recoverable: false,
    },
    { name: 'a misconfigured provider', error: new CredentialsError('bad', { kind: 'InvalidConfiguration' }), recoverable: false },
    { name: 'an absent provider', error: new CredentialsError('absent', { kind: 'NotLoaded' }), recoverable: false },
    { name: 'an unhandled failure', error: new CredentialsError('bug', { kind: 'Unhandled' }), recoverable: false },
  ])('should classify $name as recoverable: $recoverable', ({ error, recoverable }) => {
    expect(isRecoverableError(error)).toBe(recoverable);
  });
});
