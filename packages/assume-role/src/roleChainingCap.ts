import type { SourceCredentials } from '@stskit/credentials';

/**
 * The longest session STS grants when a role is assumed with temporary credentials
 * (role chaining), whatever the role's maximum session duration allows.
 *
 * @public
 */
export const ROLE_CHAINING_MAX_SECONDS = 3600;

/**
 * The `DurationSeconds` to send: the requested one, or {@link ROLE_CHAINING_MAX_SECONDS}
 * when it asks for more and the source credentials are temporary (carry a session token).
 *
 * Credentials alone do not say whether they are a role session (which STS caps at one
 * hour) or another temporary session (GetSessionToken, which it may not), so every
 * temporary source is capped: a shorter session only costs an earlier refresh, whereas STS
 * rejects an over-long chained request on every refresh.
 *
 * The source is asked for its credentials only when the request could exceed the cap;
 * stskit providers (and SDK v3 clients' providers) answer from their cache.
 *
 * @param requested - `durationSeconds` as given, or undefined for STS's default (3600)
 * @param source - what signs the call, when the provider knows it (not with a given client)
 * @returns the duration to request, and whether it was capped
 *
 * @internal
 */
export async function roleChainingDuration(
  requested: number | undefined,
  source: SourceCredentials | undefined,
): Promise<{ durationSeconds: number | undefined; capped: boolean }> {
  if (requested === undefined || requested <= ROLE_CHAINING_MAX_SECONDS || source === undefined) {
    return { durationSeconds: requested, capped: false };
  }
  const credentials = typeof source === 'function' ? await source() : source;
  return credentials.sessionToken
    ? { durationSeconds: ROLE_CHAINING_MAX_SECONDS, capped: true }
    : { durationSeconds: requested, capped: false };
}
