/**
 * RFC 6238 time-based one-time passwords: HOTP (RFC 4226) over the number of time steps
 * since the epoch. Virtual MFA devices use SHA-1, 30-second steps and 6 digits; the other
 * parameters exist so the RFC's own test vectors can be checked.
 *
 * @public
 */
import { createHmac } from 'node:crypto';

/** @public */
export interface TotpParameters {
  /** @defaultValue 6 */
  readonly digits?: number;
  /** @defaultValue 30 */
  readonly stepSeconds?: number;
  /** @defaultValue 'sha1' */
  readonly algorithm?: 'sha1' | 'sha256' | 'sha512';
}

/** The time step that contains `epochMs`. @internal */
export function totpStep(epochMs: number, stepSeconds = 30): number {
  return Math.floor(epochMs / 1000 / stepSeconds);
}

/** The HOTP code for counter `step`. @internal */
export function hotp(secret: Uint8Array, step: number, digits = 6, algorithm: TotpParameters['algorithm'] = 'sha1'): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac(algorithm ?? 'sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * The TOTP code of `secret` at `epochMs`.
 *
 * @example
 * ```ts
 * totp(decodeBase32(device.secret), Date.now()); // '287082'
 * ```
 * @public
 */
export function totp(secret: Uint8Array, epochMs: number, parameters: TotpParameters = {}): string {
  const step = totpStep(epochMs, parameters.stepSeconds ?? 30);
  return hotp(secret, step, parameters.digits ?? 6, parameters.algorithm);
}
