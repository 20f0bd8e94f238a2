/**
 * The errors many rules share, with the codes, statuses and messages real STS uses
 * (STS-API.md §6.2).
 *
 * @internal
 */
import { ApiError } from './ApiError.js';

/** 403 `AccessDenied`: the generic "not authorized" refusal. */
export function notAuthorized(callerArn: string, action: string, resource?: string): ApiError {
  const onResource = resource ? ` on resource: ${resource}` : '';
  return new ApiError('AccessDenied', `User: ${callerArn} is not authorized to perform: sts:${action}${onResource}`, 403);
}

/** 403 `AccessDenied` for STS calls that need long-term credentials. */
export function needsLongTermCredentials(action: string): ApiError {
  return new ApiError('AccessDenied', `Cannot call ${action} with session credentials`, 403);
}

/** 403 `AccessDenied` for a wrong, reused or unknown MFA code. */
export function mfaFailed(): ApiError {
  return new ApiError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. ', 403);
}

/** 403 `AccessDenied` for an MFA serial that is not the caller's device. */
export function mfaDeviceUnknown(): ApiError {
  return new ApiError(
    'AccessDenied',
    'MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.',
    403,
  );
}

/** 400 `MissingParameter`, the Query protocol's wording. */
export function missingParameter(name: string): ApiError {
  return new ApiError('MissingParameter', `The request must contain the parameter ${name}`, 400);
}

/** 400 `ValidationError` with a free-form message (rule-level checks, not model constraints). */
export function validationError(message: string): ApiError {
  return new ApiError('ValidationError', message, 400);
}
