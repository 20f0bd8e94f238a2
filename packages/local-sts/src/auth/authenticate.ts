/**
 * Decides who signed a request, in the order real STS reports problems: no signature, a
 * malformed one, an unknown key or session token, an expired session, a request time more
 * than five minutes off, and finally a signature that does not match the bytes received.
 *
 * @internal
 */
import type { Clock } from '../clock.js';
import { ApiError } from '../server/ApiError.js';
import { canonicalRequest, type ReceivedRequest } from './canonicalRequest.js';
import type { CredentialStore, SigningCredential } from './CredentialStore.js';
import { parseAuthorization } from './parseAuthorization.js';
import { computeSignature, signaturesMatch, signingKey, stringToSign } from './signature.js';
import { STS_SIGNING_NAME } from '@stskit/sts/protocol';

/** How far the request time may be from the server's, either way. @internal */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * @returns the credential that signed the request
 * @throws ApiError `MissingAuthenticationToken`, `IncompleteSignature`, `InvalidClientTokenId`,
 *   `ExpiredToken` or `SignatureDoesNotMatch`
 * @internal
 */
export function authenticate(request: ReceivedRequest, store: CredentialStore, clock: Clock): SigningCredential {
  const authorization = request.header('authorization');
  if (!authorization) throw new ApiError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  const parsed = parseAuthorization(authorization);
  const amzDate = request.header('x-amz-date') ?? amzDateFromHttpDate(request.header('date'));
  if (!amzDate) {
    throw new ApiError('IncompleteSignature', "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  const requestTime = parseAmzDate(amzDate);

  const credential = store.find(parsed.accessKeyId);
  const sessionToken = request.header('x-amz-security-token');
  if (!credential || credential.sessionToken !== sessionToken) {
    throw new ApiError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
  }
  const now = clock.now();
  if (credential.expiresAt !== undefined && credential.expiresAt <= now) {
    throw new ApiError('ExpiredToken', 'The security token included in the request is expired', 403);
  }
  checkRequestTime(amzDate, requestTime, now);
  if (parsed.service !== STS_SIGNING_NAME) {
    throw signatureMismatch(`Credential should be scoped to correct service: '${STS_SIGNING_NAME}'. `);
  }
  if (parsed.scopeDate !== amzDate.slice(0, 8)) {
    throw signatureMismatch(`Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${parsed.scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`);
  }
  if (!parsed.signedHeaders.includes('host')) {
    throw signatureMismatch("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  const key = signingKey(credential.secretAccessKey, parsed.scopeDate, parsed.region, parsed.service);
  const expected = computeSignature(key, stringToSign(amzDate, parsed.scope, canonicalRequest(request, parsed.signedHeaders)));
  if (!signaturesMatch(expected, parsed.signature)) {
    throw signatureMismatch(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return credential;
}

/**
 * Real STS answers a stale or future request time with `SignatureDoesNotMatch` (403) and these
 * messages, not with the generic `RequestExpired`; SDKs read them as clock skew and retry
 * with the offset from the `Date` header.
 */
function checkRequestTime(amzDate: string, requestTime: number, now: number): void {
  if (requestTime < now - MAX_CLOCK_SKEW_MS) {
    throw signatureMismatch(`Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - MAX_CLOCK_SKEW_MS)} (${formatAmzDate(now)} - 5 min.)`);
  }
  if (requestTime > now + MAX_CLOCK_SKEW_MS) {
    throw signatureMismatch(`Signature not yet current: ${amzDate} is still later than ${formatAmzDate(now + MAX_CLOCK_SKEW_MS)} (${formatAmzDate(now)} + 5 min.)`);
  }
}

function signatureMismatch(message: string): ApiError {
  return new ApiError('SignatureDoesNotMatch', message, 403);
}

function parseAmzDate(amzDate: string): number {
  const match = AMZ_DATE.exec(amzDate);
  if (!match) throw new ApiError('IncompleteSignature', `Date must be in ISO-8601 'basic format'. Got '${amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`);
  const [, year, month, day, hour, minute, second] = match.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function amzDateFromHttpDate(date: string | undefined): string | undefined {
  const epochMs = date ? Date.parse(date) : NaN;
  return Number.isNaN(epochMs) ? undefined : formatAmzDate(epochMs);
}

/** `YYYYMMDDTHHMMSSZ` @internal */
export function formatAmzDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
