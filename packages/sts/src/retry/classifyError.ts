import { StsNetworkError } from '../errors/StsNetworkError.js';
import { StsServiceError } from '../errors/StsServiceError.js';

/** Why an attempt may be tried again; `undefined` when it must not be. */
export type RetryKind = 'throttling' | 'transient';

/** Throttling codes of the standard retry mode (STS-API.md §10.1); STS itself sends `Throttling`. */
const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

/**
 * `IDPCommunicationError` is STS's own transient code: the identity provider did not answer
 * STS in time, and every SDK retries it.
 */
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['RequestTimeout', 'RequestTimeoutException', 'IDPCommunicationError']);

const TRANSIENT_STATUS: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** Codes that mean the request time was refused; retried once after the clock offset is corrected. */
export const CLOCK_SKEW_CODES: ReadonlySet<string> = new Set([
  'RequestTimeTooSkewed',
  'RequestExpired',
  'RequestInTheFuture',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'AuthFailure',
]);

/** Classifies a service reply by its code and status. @internal */
export function classifyServiceError(code: string, statusCode: number): RetryKind | undefined {
  if (THROTTLING_CODES.has(code) || statusCode === 429) return 'throttling';
  if (TRANSIENT_CODES.has(code) || TRANSIENT_STATUS.has(statusCode)) return 'transient';
  return undefined;
}

/** Classifies any failure of an attempt; client errors and bad replies are never retried. @internal */
export function classifyError(error: unknown): RetryKind | undefined {
  if (error instanceof StsNetworkError) return 'transient';
  if (error instanceof StsServiceError) return classifyServiceError(error.code, error.statusCode);
  return undefined;
}
