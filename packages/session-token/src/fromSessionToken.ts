/**
 * `fromSessionToken`: temporary credentials of an IAM user from STS GetSessionToken,
 * MFA-authenticated when a device is given, cached and refreshed before they expire.
 *
 * Inputs, all from `init` (nothing is read from the environment or files):
 * 1. What signs the call: `sourceCredentials` (the user's long-term key, static or any
 *    provider), or `clientConfig.credentials`, or the credentials of a given `client`.
 *    STS refuses GetSessionToken signed by role-session credentials.
 * 2. The request: `durationSeconds` (900–129600; STS defaults to 43200, root to 3600),
 *    `serialNumber` and `tokenCode` (the MFA device and a function giving its code).
 * 3. The cache: `refresh`, `clock`, `onRefresh`, `onRefreshError`.
 *
 * ```ts
 * const session = fromSessionToken({
 *   sourceCredentials: fromIni({ profile: 'alice' }),
 *   serialNumber: 'arn:aws:iam::111122223333:mfa/alice',
 *   tokenCode: () => prompt('MFA code: '),
 * });
 * ```
 */
import {
  createStsProvider,
  credentialsFromReply,
  mfaOptionProblems,
  providerCacheKey,
  readTokenCode,
  STS_OPTION_RULES,
  validateOptions,
  type CredentialProvider,
  type StsProviderOptions,
  type TokenCodeProvider,
} from '@stskit/credentials';
import type { GetSessionTokenRequest } from '@stskit/sts';

const PROVIDER_NAME = 'fromSessionToken';

const RULES = {
  durationSeconds: STS_OPTION_RULES.userDurationSeconds,
  serialNumber: STS_OPTION_RULES.serialNumber,
  tokenCode: STS_OPTION_RULES.tokenCode,
};

/**
 * Options of {@link fromSessionToken}: the GetSessionToken request members in camelCase,
 * plus the shared {@link StsProviderOptions} (`sourceCredentials`, `client` or
 * `clientConfig`, `refresh`, `clock`, `onRefresh`, `onRefreshError`).
 *
 * @public
 */
export interface FromSessionTokenInit extends StsProviderOptions {
  /**
   * How long the session lasts, 900 to 129600 seconds.
   * @defaultValue STS's default: 43200 (12 hours), 3600 for root credentials
   */
  readonly durationSeconds?: number;
  /**
   * The MFA device: a hardware serial such as `GAHT12345678`, or a virtual device's ARN.
   * Requires `tokenCode`.
   */
  readonly serialNumber?: string;
  /**
   * Gives the device's current 6-digit code, synchronously or not. Called only when a new
   * session is fetched, never for cached calls, so a person is asked once per session.
   * Requires `serialNumber`.
   */
  readonly tokenCode?: TokenCodeProvider;
}

/**
 * Creates a provider of GetSessionToken credentials: an IAM user's temporary session,
 * MFA-authenticated when `serialNumber` and `tokenCode` are given. Use it as the source
 * of `fromAssumeRole` providers to ask for the MFA code once and reuse the session for
 * every role (as aws-vault does).
 *
 * Options are checked at once, before any request or MFA prompt. Providers with the same
 * request and source share one call in flight.
 *
 * @param init - the request members, the source credentials and the refresh options
 * @returns a provider usable as the `credentials` of any AWS SDK v3 client; `close()`
 *   stops its background refresh and releases the connections of the client it built
 * @throws CredentialsError of kind `InvalidConfiguration` naming each bad option
 * @throws TypeError when `client` is combined with `clientConfig` or `sourceCredentials`
 *
 * @example
 * ```ts
 * const session = fromSessionToken({
 *   sourceCredentials: { accessKeyId, secretAccessKey },
 *   serialNumber: 'arn:aws:iam::111122223333:mfa/alice',
 *   tokenCode: askForMfaCode,
 * });
 * const s3 = new S3Client({ credentials: session });
 * ```
 *
 * @public
 */
export function fromSessionToken(init: FromSessionTokenInit = {}): CredentialProvider {
  validateOptions(PROVIDER_NAME, init, RULES, mfaOptionProblems(init));
  const { tokenCode } = init;
  const request: GetSessionTokenRequest = { DurationSeconds: init.durationSeconds, SerialNumber: init.serialNumber };
  return createStsProvider(init, {
    providerName: PROVIDER_NAME,
    cacheKey: providerCacheKey('GetSessionToken', request, init),
    fetch: async (client) => {
      const TokenCode = tokenCode === undefined ? undefined : await readTokenCode(tokenCode, request.SerialNumber ?? '', PROVIDER_NAME);
      const reply = await client.getSessionToken({ ...request, TokenCode });
      return credentialsFromReply(reply, PROVIDER_NAME, 'GetSessionToken');
    },
  });
}
