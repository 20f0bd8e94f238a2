/**
 * How long a role session may last: the requested `DurationSeconds` (default 3600) must fit
 * the role's maximum, and role chaining caps it at one hour whatever the role allows.
 *
 * @internal
 */
import { validationError } from '../server/commonErrors.js';
import type { RoleEntry } from '../world/Directory.js';

/** The default of every AssumeRole* operation. @internal */
export const DEFAULT_ROLE_SESSION_SECONDS = 3600;
/** The cap on a role session assumed with role-session credentials. @internal */
export const ROLE_CHAINING_MAX_SECONDS = 3600;

/** @throws ApiError `ValidationError` with the message STS uses @internal */
export function roleSessionDuration(role: RoleEntry, requested: number | undefined, chained: boolean): number {
  const duration = requested ?? DEFAULT_ROLE_SESSION_SECONDS;
  if (chained && duration > ROLE_CHAINING_MAX_SECONDS) {
    throw validationError('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  }
  if (duration > role.maxSessionDurationSeconds) {
    throw validationError('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  }
  return duration;
}
