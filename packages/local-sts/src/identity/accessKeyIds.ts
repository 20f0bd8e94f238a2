/**
 * Access key IDs that carry their account, as AWS's do: after the four-letter prefix, the
 * first 48 bits of the base32 payload hold the account ID shifted left by 7 bits. That is
 * how real `GetAccessKeyInfo` answers for any key, known or not, and local-sts does the same.
 *
 * @internal
 */
import { randomBytes } from 'node:crypto';
import { decodeBase32, encodeBase32 } from './base32.js';

/** Long-term IAM user keys. @internal */
export const LONG_TERM_KEY_PREFIX = 'AKIA';
/** Temporary (STS-issued) keys. @internal */
export const TEMPORARY_KEY_PREFIX = 'ASIA';

const ACCOUNT_SHIFT = 128n; // 2^7
const KEY_ID_PATTERN = /^[A-Z]{4}[A-Z2-7]{16}$/;

/**
 * Mints a 20-character key ID for `accountId` with the given prefix.
 *
 * @param entropy - 10 bytes to fill the rest of the ID; random by default, fixed for the default world
 * @internal
 */
export function mintAccessKeyId(prefix: string, accountId: string, entropy: Uint8Array = randomBytes(10)): string {
  const payload = Buffer.from(entropy.subarray(0, 10));
  const low7 = BigInt(payload[5]! & 0x7f);
  const head = BigInt(accountId) * ACCOUNT_SHIFT + low7;
  for (let index = 5; index >= 0; index -= 1) {
    payload[5 - index] = Number((head >> BigInt(index * 8)) & 0xffn);
  }
  return prefix + encodeBase32(payload);
}

/**
 * The account a key ID was minted for, or undefined when the ID is not in AWS's format.
 *
 * @internal
 */
export function accountOfAccessKeyId(accessKeyId: string): string | undefined {
  if (!KEY_ID_PATTERN.test(accessKeyId)) return undefined;
  const payload = decodeBase32(accessKeyId.slice(4));
  let head = 0n;
  for (const byte of payload.subarray(0, 6)) head = (head << 8n) | BigInt(byte);
  return String((head & 0x7fffffffff80n) / ACCOUNT_SHIFT).padStart(12, '0');
}
