import { ProfileError } from '../ProfileError.js';
import { property, type Profile } from '../ProfileSet.js';
import { KEY } from '../profileKeys.js';
import type { MfaSettings } from './ProfileChain.js';

/**
 * Readers of typed values shared by the profile kinds; each failure names the key.
 */

// The bounds every STS credential-issuing operation accepts (GetSessionToken allows up to
// 129600; STS itself refuses what the role does not allow).
const MIN_DURATION_SECONDS = 900;
const MAX_DURATION_SECONDS = 129_600;

/** `duration_seconds`, a whole number of seconds. @internal */
export function durationSeconds(profile: Profile): { durationSeconds?: number } {
  const text = property(profile, KEY.durationSeconds);
  if (text === undefined) return {};
  const seconds = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds >= MIN_DURATION_SECONDS && seconds <= MAX_DURATION_SECONDS)) {
    throw ProfileError.atKey(profile, KEY.durationSeconds, `must be a whole number of seconds from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS}, got '${text}'`);
  }
  return { durationSeconds: seconds };
}

/** `mfa_serial` and `mfa_process`; `mfa_process` alone is a mistake. @internal */
export function mfaSettings(profile: Profile): { mfa?: MfaSettings } {
  const serialNumber = property(profile, KEY.mfaSerial);
  const mfaProcess = property(profile, KEY.mfaProcess);
  if (serialNumber === undefined) {
    if (mfaProcess !== undefined) throw ProfileError.atKey(profile, KEY.mfaProcess, `is set but ${KEY.mfaSerial} is not`);
    return {};
  }
  return { mfa: { serialNumber, ...(mfaProcess === undefined ? {} : { mfaProcess }) } };
}

/** An optional string property, as `{ [field]: value }` so it spreads into a step. @internal */
export function optional<F extends string>(profile: Profile, key: string, field: F): { [K in F]?: string } {
  const value = property(profile, key);
  return (value === undefined ? {} : { [field]: value }) as { [K in F]?: string };
}

/** `role_arn`, which must at least look like an ARN. @internal */
export function roleArn(profile: Profile): string {
  const arn = property(profile, KEY.roleArn);
  if (arn === undefined) throw ProfileError.atKey(profile, KEY.roleArn, 'is missing');
  if (!arn.startsWith('arn:')) throw ProfileError.atKey(profile, KEY.roleArn, `is not an ARN: '${arn}'`);
  return arn;
}
