/**
 * Random secrets for issued credentials. Shapes follow AWS's (40-character secret keys,
 * long base64 session tokens) so clients that size or pattern-check them see real shapes.
 *
 * @internal
 */
import { randomBytes } from 'node:crypto';

/** A 40-character secret access key. @internal */
export function mintSecretAccessKey(): string {
  return randomBytes(30).toString('base64');
}

/** An opaque session token; only local-sts can map it back to its session. @internal */
export function mintSessionToken(): string {
  return 'IQoJb3JpZ2luX2VjE' + randomBytes(180).toString('base64');
}
