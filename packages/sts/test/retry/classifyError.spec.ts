import { classifyError, classifyServiceError } from '../../src/retry/classifyError.js';
import { StsNetworkError } from '../../src/errors/StsNetworkError.js';
import { StsServiceError } from '../../src/errors/StsServiceError.js';
import { StsResponseError } from '../../src/errors/StsResponseError.js';
import { StsValidationError } from '../../src/errors/StsValidationError.js';

const serviceError = (code: string, statusCode: number) =>
  new StsServiceError({ code, message: 'm', statusCode, retryable: false });

describe(classifyServiceError.name, () => {
  it.each([
    ['Throttling', 400, 'throttling'],
    ['ThrottlingException', 400, 'throttling'],
    ['RequestLimitExceeded', 400, 'throttling'],
    ['Anything', 429, 'throttling'],
    ['IDPCommunicationError', 400, 'transient'],
    ['InternalFailure', 500, 'transient'],
    ['ServiceUnavailable', 503, 'transient'],
    ['Http502', 502, 'transient'],
    ['RequestTimeout', 400, 'transient'],
  ])('should retry %s (HTTP %i) as %s', (code, status, kind) => {
    expect(classifyServiceError(code, status)).toBe(kind);
  });

  it.each([
    ['AccessDenied', 403],
    ['ValidationError', 400],
    ['ExpiredToken', 403],
    ['ExpiredTokenException', 400],
    ['InvalidIdentityToken', 400],
    ['IDPRejectedClaim', 403],
    ['MalformedPolicyDocument', 400],
    ['PackedPolicyTooLarge', 400],
    ['RegionDisabledException', 403],
    ['InvalidClientTokenId', 403],
    ['SignatureDoesNotMatch', 403],
  ])('should never retry %s (HTTP %i)', (code, status) => {
    expect(classifyServiceError(code, status)).toBeUndefined();
  });
});

describe(classifyError.name, () => {
  it('should retry network failures and timeouts', () => {
    expect(classifyError(new StsNetworkError('reset', 'ECONNRESET'))).toBe('transient');
    expect(classifyError(new StsNetworkError('slow', 'TimeoutError'))).toBe('transient');
  });

  it('should classify service errors by code and status', () => {
    expect(classifyError(serviceError('Throttling', 400))).toBe('throttling');
    expect(classifyError(serviceError('AccessDenied', 403))).toBeUndefined();
  });

  it('should never retry a bad reply or bad input', () => {
    expect(classifyError(new StsResponseError('not XML', { statusCode: 200, excerpt: '' }))).toBeUndefined();
    expect(classifyError(new StsValidationError('AssumeRole', []))).toBeUndefined();
    expect(classifyError(new Error('other'))).toBeUndefined();
  });
});
