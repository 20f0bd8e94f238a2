/**
 * `fromFederationToken`: credentials of a federated user from STS GetFederationToken,
 * cached and refreshed before they expire. For brokers that hand scoped credentials to
 * many users of their own (a web app's customers, a proxy's tenants): one provider per
 * user, all over one shared `client`, so one connection pool serves them all.
 *
 * Inputs, all from `init` (nothing is read from the environment or files):
 * 1. What signs the call: long-term IAM user (or root) credentials, as `sourceCredentials`
 *    or `clientConfig.credentials`, or those of a given `client`. STS refuses
 *    GetFederationToken signed by temporary credentials.
 * 2. The request: `name`, `policy`, `policyArns`, `tags`, `durationSeconds`.
 * 3. The cache: `refresh`, `clock`, `onRefresh`, `onRefreshError`.
 *
 * ```ts
 * const sts = new StsClient({ region: 'eu-west-1', credentials: brokerKey });
 * const forUser = (user: string) =>
 *   fromFederationToken({ client: sts, name: user, policy: policyFor(user), tags: [{ Key: 'tenant', Value: user }] });
 * ```
 */
import {
  createStsProvider,
  credentialsFromReply,
  providerCacheKey,
  required,
  STS_OPTION_RULES,
  validateOptions,
  type CredentialProvider,
  type StsProviderOptions,
} from '@stskit/credentials';
import type { GetFederationTokenRequest, Tag } from '@stskit/sts';

const PROVIDER_NAME = 'fromFederationToken';

const RULES = {
  name: required(STS_OPTION_RULES.federatedUserName),
  policy: STS_OPTION_RULES.sessionPolicy,
  policyArns: STS_OPTION_RULES.policyArns,
  tags: STS_OPTION_RULES.tags,
  durationSeconds: STS_OPTION_RULES.userDurationSeconds,
};

/**
 * Options of {@link fromFederationToken}: the GetFederationToken request members in
 * camelCase, and the shared {@link StsProviderOptions}.
 *
 * @public
 */
export interface FromFederationTokenInit extends StsProviderOptions {
  /**
   * The federated user's name, 2 to 32 characters of `[\w+=,.@-]`; it becomes part of the
   * ARN `arn:aws:sts::<account>:federated-user/<name>` seen in CloudTrail.
   */
  readonly name: string;
  /**
   * An inline session policy (JSON, up to 2048 characters). The federated user gets the
   * intersection of it and the signing user's permissions; with neither `policy` nor
   * `policyArns`, STS grants no permissions at all.
   */
  readonly policy?: string;
  /** ARNs of managed policies, intersected with the signing user's permissions (up to 10). */
  readonly policyArns?: readonly string[];
  /** Session tags, as the API's `{ Key, Value }` (up to 50). */
  readonly tags?: readonly Tag[];
  /**
   * How long the session lasts, 900 to 129600 seconds.
   * @defaultValue STS's default: 43200 (12 hours), 3600 when signed by root credentials
   */
  readonly durationSeconds?: number;
}

/**
 * Creates a provider of GetFederationToken credentials for one federated user. A broker
 * creates one per user over a shared `client` (which it destroys after closing them);
 * providers with the same request and signer share one call in flight.
 *
 * Options are checked at once, before any request; STS's validation errors become
 * `CredentialsError`s of kind `InvalidConfiguration`.
 *
 * @param init - the user's name, their policies and tags, the signer and refresh options
 * @returns a provider usable as the `credentials` of any AWS SDK v3 client; `close()`
 *   stops its background refresh and releases the connections of the client it built
 *   (never those of a given `client`)
 * @throws CredentialsError of kind `InvalidConfiguration` naming each bad option
 * @throws TypeError when `client` is combined with `clientConfig` or `sourceCredentials`
 *
 * @example
 * ```ts
 * const credentials = fromFederationToken({
 *   name: 'carol',
 *   policyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
 *   durationSeconds: 3600,
 *   sourceCredentials: { accessKeyId, secretAccessKey },
 * });
 * ```
 *
 * @public
 */
export function fromFederationToken(init: FromFederationTokenInit): CredentialProvider {
  validateOptions(PROVIDER_NAME, init, RULES);
  const request: GetFederationTokenRequest = {
    Name: init.name,
    Policy: init.policy,
    PolicyArns: init.policyArns?.map((arn) => ({ arn })),
    Tags: init.tags,
    DurationSeconds: init.durationSeconds,
  };
  return createStsProvider(init, {
    providerName: PROVIDER_NAME,
    cacheKey: providerCacheKey('GetFederationToken', request, init),
    fetch: async (client) =>
      credentialsFromReply(await client.getFederationToken(request), PROVIDER_NAME, 'GetFederationToken'),
  });
}
