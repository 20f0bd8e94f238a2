/**
 * `fromAssumeRole`: credentials of an IAM role from STS AssumeRole, cached and refreshed
 * before they expire.
 *
 * Inputs, all from `init` (nothing is read from the environment or files):
 * 1. What signs the call: `sourceCredentials` (static, any SDK v3 provider, or another
 *    stskit provider such as `fromSessionToken` or `fromAssumeRole`, so roles chain to any
 *    depth), or `clientConfig.credentials`, or the credentials of a given `client`.
 * 2. The request: every AssumeRole member in camelCase (see {@link AssumeRoleOptions}),
 *    plus `tokenCode` for `serialNumber`.
 * 3. The cache: `refresh`, `clock`, `onRefresh`, `onRefreshError`; `logger` for warnings.
 *
 * ```ts
 * // As ~/.aws/config's `role_arn` + `source_profile` + `mfa_serial`, with MFA asked once:
 * const session = fromSessionToken({ sourceCredentials: fromIni({ profile: 'alice' }), serialNumber, tokenCode });
 * const admin = fromAssumeRole({ roleArn: 'arn:aws:iam::444455556666:role/admin', sourceCredentials: session });
 * ```
 */
import {
  createStsProvider,
  credentialsFromReply,
  mfaOptionProblems,
  providerCacheKey,
  readTokenCode,
  sourceCredentialsOf,
  validateOptions,
  type CredentialProvider,
  type StsProviderOptions,
  type TokenCodeProvider,
} from '@stskit/credentials';
import { ASSUME_ROLE_RULES, assumeRoleRequest, type AssumeRoleOptions } from './assumeRoleRequest.js';
import { ROLE_CHAINING_MAX_SECONDS, roleChainingDuration } from './roleChainingCap.js';

const PROVIDER_NAME = 'fromAssumeRole';

/**
 * Options of {@link fromAssumeRole}: the AssumeRole request members in camelCase
 * ({@link AssumeRoleOptions}), `tokenCode`, and the shared {@link StsProviderOptions}
 * (`sourceCredentials`, `client` or `clientConfig`, `refresh`, `clock`, `onRefresh`,
 * `onRefreshError`, `logger`).
 *
 * @public
 */
export interface FromAssumeRoleInit extends AssumeRoleOptions, StsProviderOptions {
  /**
   * Gives the current 6-digit code of `serialNumber`'s device, synchronously or not.
   * Called only when a new session is fetched, never for cached calls. To ask once for
   * many roles, put MFA on a `fromSessionToken` source instead.
   */
  readonly tokenCode?: TokenCodeProvider;
}

/**
 * Creates a provider of AssumeRole credentials. Chain roles by giving one provider as the
 * `sourceCredentials` of the next; put MFA on a `fromSessionToken` source to ask for the
 * code once per MFA session and reuse it for every role.
 *
 * Role chaining: STS caps a role session assumed with temporary credentials at one hour.
 * When `durationSeconds` exceeds 3600 and the source credentials carry a session token,
 * the provider requests 3600 instead and warns once through `logger`. (With a given
 * `client` the provider cannot see the signing credentials; STS then rejects an over-long
 * chained request, which fails as `InvalidConfiguration`.)
 *
 * Options are checked at once, before any request or MFA prompt; STS's validation errors
 * become `CredentialsError`s of kind `InvalidConfiguration`. Providers with the same
 * request and source share one call in flight.
 *
 * @param init - the role, the request members, the source credentials and refresh options
 * @returns a provider usable as the `credentials` of any AWS SDK v3 client; `close()`
 *   stops its background refresh and releases the connections of the client it built
 *   (never the source's: close each provider of a chain)
 * @throws CredentialsError of kind `InvalidConfiguration` naming each bad option
 * @throws TypeError when `client` is combined with `clientConfig` or `sourceCredentials`
 *
 * @example
 * ```ts
 * const reader = fromAssumeRole({
 *   roleArn: 'arn:aws:iam::111122223333:role/reader',
 *   sourceCredentials: fromNodeProviderChain(),
 * });
 * const client = new STSClient({ credentials: reader });
 * ```
 *
 * @public
 */
export function fromAssumeRole(init: FromAssumeRoleInit): CredentialProvider {
  validateOptions(PROVIDER_NAME, init, ASSUME_ROLE_RULES, mfaOptionProblems(init));
  const { tokenCode, logger } = init;
  const request = assumeRoleRequest(init, init.clock);
  let warnedOfCap = false;
  return createStsProvider(init, {
    providerName: PROVIDER_NAME,
    cacheKey: providerCacheKey('AssumeRole', request, init),
    fetch: async (client) => {
      // Undefined with a given client, whose signing credentials are its own business.
      const source = sourceCredentialsOf(init, PROVIDER_NAME);
      const { durationSeconds, capped } = await roleChainingDuration(request.DurationSeconds, source);
      if (capped && !warnedOfCap) {
        warnedOfCap = true;
        logger?.warn(
          `${PROVIDER_NAME}: durationSeconds ${request.DurationSeconds} exceeds the ${ROLE_CHAINING_MAX_SECONDS} s ` +
            `STS allows when chaining from temporary credentials; requesting ${ROLE_CHAINING_MAX_SECONDS} s for ${request.RoleArn}`,
        );
      }
      const TokenCode = tokenCode === undefined ? undefined : await readTokenCode(tokenCode, request.SerialNumber ?? '', PROVIDER_NAME);
      const reply = await client.assumeRole({ ...request, DurationSeconds: durationSeconds, TokenCode });
      return credentialsFromReply(reply, PROVIDER_NAME, 'AssumeRole');
    },
  });
}
