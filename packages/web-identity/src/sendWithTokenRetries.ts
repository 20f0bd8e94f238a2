import { sleepOnClock, type Clock } from '@stskit/credentials';

/** STS's code for a token it could not verify, possibly only yet (STS-API.md §10.1). */
const INVALID_IDENTITY_TOKEN = 'InvalidIdentityToken';
/** STS's code for a presented token that has expired. */
const EXPIRED_TOKEN = 'ExpiredTokenException';

/**
 * Attempts per fetch that STS answers with `InvalidIdentityToken`, the first included: the
 * budget of aws-sdk-go-v2's web identity provider, which retries the code with its
 * standard retryer (3 attempts).
 *
 * @internal
 */
export const INVALID_TOKEN_MAX_ATTEMPTS = 3;

/**
 * Longest pause before the n-th retry (n from 1): 1 s, then 2 s. Each pause is a random
 * part of it (full jitter), so pods started together do not retry together.
 *
 * @internal
 */
export function invalidTokenRetryCapMs(retry: number): number {
  return 1_000 * 2 ** (retry - 1);
}

/**
 * Sends one AssumeRoleWithWebIdentity request, reading the token before each attempt, and
 * retries the two token errors a plain STS client must not:
 *
 * - `InvalidIdentityToken`, up to {@link INVALID_TOKEN_MAX_ATTEMPTS} attempts with a short
 *   jittered pause: it can be transient while STS fetches the identity provider's keys,
 *   which is why aws-sdk-go-v2, Ruby and the C SDKs retry it in this provider.
 * - `ExpiredTokenException`, once, and only when a re-read gives a different token (a
 *   rotated file, a function that mints a new one): sending the same token again cannot
 *   help.
 *
 * Every other error, and the last one of a budget, is thrown unchanged.
 *
 * @param send - makes one attempt with a token
 * @param readToken - gives the current token
 * @param clock - the provider's clock, which times the pauses
 *
 * @internal
 */
export async function sendWithTokenRetries<T>(
  send: (token: string) => Promise<T>,
  readToken: () => Promise<string>,
  clock: Clock | undefined,
): Promise<T> {
  let invalidTokenAttempts = 0;
  let retriedExpired = false;
  let token = await readToken();
  for (;;) {
    try {
      return await send(token);
    } catch (error) {
      const code = errorCode(error);
      if (code === INVALID_IDENTITY_TOKEN && ++invalidTokenAttempts < INVALID_TOKEN_MAX_ATTEMPTS) {
        await sleepOnClock(Math.random() * invalidTokenRetryCapMs(invalidTokenAttempts), clock);
        token = await readToken();
        continue;
      }
      if (code === EXPIRED_TOKEN && !retriedExpired) {
        retriedExpired = true;
        const fresh = await readToken();
        if (fresh !== token) {
          token = fresh;
          continue;
        }
      }
      throw error;
    }
  }
}

/** STS errors are recognised by shape, so errors of any copy of `@stskit/sts` count. */
function errorCode(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
