/**
 * GetSessionToken (STS-API.md §3.10): a temporary copy of an IAM user's identity, MFA-
 * authenticated when a valid code comes with the call. Default 12 hours.
 *
 * @internal
 */
import { RANGES, SHAPES } from '../model/constraints.js';
import { issueSession } from './issueSession.js';
import { proveMfa } from './mfa.js';
import { signedOperation } from './Operation.js';

const DEFAULT_SECONDS = 43200;

/** @internal */
export const getSessionToken = signedOperation({
  name: 'GetSessionToken',
  input: {
    DurationSeconds: { type: 'integer', range: RANGES.userDuration },
    SerialNumber: { type: 'string', shape: SHAPES.serialNumber },
    TokenCode: { type: 'string', shape: SHAPES.tokenCode },
  },
  run(input, { services, caller, now }) {
    const mfaAuthenticated = proveMfa(services, caller.principal, input);
    const issued = issueSession(services, caller.principal, input.DurationSeconds ?? DEFAULT_SECONDS, now, mfaAuthenticated);
    return { Credentials: issued.credentials };
  },
});
