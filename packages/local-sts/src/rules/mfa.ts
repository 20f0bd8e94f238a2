/**
 * MFA proof on AssumeRole and GetSessionToken: the serial must be a device of the calling
 * IAM user, and the code valid now and unused (see {@link MfaVerifier}).
 *
 * @internal
 */
import type { Principal } from '../identity/Principal.js';
import { mfaDeviceUnknown, mfaFailed, missingParameter } from '../server/commonErrors.js';
import type { StsServices } from './StsServices.js';

/** @internal */
export interface MfaInput {
  readonly SerialNumber?: string;
  readonly TokenCode?: string;
}

/**
 * @returns true when MFA was sent and proven, false when none was sent
 * @throws ApiError `MissingParameter` for half an MFA pair, `AccessDenied` for a bad device or code
 * @internal
 */
export function proveMfa(services: StsServices, caller: Principal, input: MfaInput): boolean {
  if (input.SerialNumber === undefined && input.TokenCode === undefined) return false;
  if (input.SerialNumber === undefined) throw missingParameter('SerialNumber');
  if (input.TokenCode === undefined) throw missingParameter('TokenCode');
  const device = services.directory.mfaDevice(input.SerialNumber);
  if (!device || caller.type !== 'IAMUser' || device.owner.arn !== caller.arn) throw mfaDeviceUnknown();
  if (!services.mfa.verify(device.serialNumber, device.secret, input.TokenCode)) throw mfaFailed();
  return true;
}
