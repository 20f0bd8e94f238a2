/**
 * Checks MFA codes as AWS does for virtual devices: the code of the current 30-second step
 * or of one step either side (clock drift between phone and server), and never the same
 * step twice for one device, so a code seen on the wire cannot be replayed.
 *
 * @internal
 */
import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.js';
import { hotp, totpStep } from './totp.js';

const DRIFT_STEPS = [0, -1, 1] as const;

/** @internal */
export class MfaVerifier {
  private readonly lastUsedStep = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** True when `code` is valid now for the device and had not been used; marks it used. */
  verify(serialNumber: string, secret: Uint8Array, code: string): boolean {
    const current = totpStep(this.clock.now());
    const lastUsed = this.lastUsedStep.get(serialNumber) ?? Number.NEGATIVE_INFINITY;
    for (const drift of DRIFT_STEPS) {
      const step = current + drift;
      if (step <= lastUsed) continue;
      if (sameCode(hotp(secret, step), code)) {
        this.lastUsedStep.set(serialNumber, step);
        return true;
      }
    }
    return false;
  }
}

function sameCode(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
