/**
 * Unique IDs of IAM entities (`AIDA…` for users, `AROA…` for roles). They are derived from
 * the entity's ARN so a world loaded twice gives the same IDs, as `GetCallerIdentity` on a
 * real account does from one day to the next.
 *
 * @internal
 */
import { createHash } from 'node:crypto';
import { encodeBase32 } from './base32.js';

/** Prefix of an IAM user's unique ID. @internal */
export const USER_ID_PREFIX = 'AIDA';
/** Prefix of an IAM role's unique ID. @internal */
export const ROLE_ID_PREFIX = 'AROA';

/** A 21-character unique ID (prefix + 17 base32 characters) stable for `arn`. @internal */
export function stableUniqueId(prefix: string, arn: string): string {
  const digest = createHash('sha256').update(arn).digest();
  return prefix + encodeBase32(digest).slice(0, 17);
}
