import { CredentialsError } from './CredentialsError.js';
import { dateTime, describeValue } from './describeValue.js';

/**
 * Checks what a fetch resolved with before the cache keeps it: an object with a non-empty
 * `accessKeyId` and `secretAccessKey`, a string `sessionToken` and `accountId` when present,
 * and a valid `Date` as `expiration` when present. Anything else is a failed fetch (the
 * source gave something unusable), never served.
 *
 * @returns undefined for usable credentials, else a `ProviderFailed` error saying what is
 *   wrong, naming members and the kind of their values, never the values themselves
 *
 * @public
 */
export function unusableCredentialsError(providerName: string, value: unknown): CredentialsError | undefined {
  const problem = credentialsProblem(value);
  if (problem === undefined) return undefined;
  return new CredentialsError(`${providerName}: could not get credentials: ${problem}`, {
    kind: 'ProviderFailed',
  });
}

/** What is wrong with `value` as credentials, or undefined if nothing is. */
function credentialsProblem(value: unknown): string | undefined {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return `the source gave ${describeValue(value)}, not credentials`;
    }
    const { accessKeyId, secretAccessKey, sessionToken, expiration, accountId } = value as Record<string, unknown>;
    const problems: string[] = [];
    if (typeof accessKeyId !== 'string' || accessKeyId === '') {
      problems.push(`accessKeyId must be a non-empty string, got ${describeValue(accessKeyId)}`);
    }
    if (typeof secretAccessKey !== 'string' || secretAccessKey === '') {
      problems.push(`secretAccessKey must be a non-empty string, got ${describeValue(secretAccessKey)}`);
    }
    if (sessionToken !== undefined && typeof sessionToken !== 'string') {
      problems.push(`sessionToken must be a string, got ${describeValue(sessionToken)}`);
    }
    if (expiration !== undefined) {
      const time = dateTime(expiration);
      if (time === undefined || Number.isNaN(time)) {
        problems.push(`expiration must be a valid Date, got ${describeValue(expiration)}`);
      }
    }
    if (accountId !== undefined && typeof accountId !== 'string') {
      problems.push(`accountId must be a string, got ${describeValue(accountId)}`);
    }
    return problems.length === 0 ? undefined : `the source gave unusable credentials: ${problems.join('; ')}`;
  } catch {
    // A throwing getter: the object cannot be read, so it cannot be served either.
    return 'the source gave credentials whose members cannot be read';
  }
}
