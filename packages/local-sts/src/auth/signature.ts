/**
 * SigV4 string to sign, signing key and signature (AWS General Reference, "Create a signed
 * AWS API request"), written from the specification with node:crypto.
 *
 * @internal
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SIGV4_ALGORITHM } from './parseAuthorization.js';
import { sha256Hex } from './canonicalRequest.js';

/** @internal */
export function stringToSign(amzDate: string, scope: string, canonicalRequest: string): string {
  return [SIGV4_ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
}

/** `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")` @internal */
export function signingKey(secretAccessKey: string, scopeDate: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secretAccessKey}`, scopeDate);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, 'aws4_request');
}

/** Hex HMAC-SHA256 of the string to sign. @internal */
export function computeSignature(key: Buffer, toSign: string): string {
  return hmac(key, toSign).toString('hex');
}

/** Constant-time comparison of two hex signatures. @internal */
export function signaturesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given.toLowerCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}
