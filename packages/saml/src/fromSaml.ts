/**
 * `fromSaml`: credentials of an IAM role from STS AssumeRoleWithSAML, cached and refreshed
 * before they expire. The call is unsigned: the assertion is the proof of identity, so no
 * AWS credentials are needed.
 *
 * Inputs, all from `init` (nothing is read from the environment or files):
 * 1. The assertion: `samlAssertion`, a function called for a fresh one on every refresh
 *    (assertions are valid for minutes), or a fixed string.
 * 2. The request: `roleArn`, `principalArn`, `policy`, `policyArns`, `durationSeconds`.
 * 3. Where STS is: `client` or `clientConfig` (region, endpoint, …).
 * 4. The cache: `refresh`, `clock`, `onRefresh`, `onRefreshError`.
 *
 * ```ts
 * const credentials = fromSaml({
 *   roleArn: 'arn:aws:iam::111122223333:role/analyst',
 *   principalArn: 'arn:aws:iam::111122223333:saml-provider/okta',
 *   samlAssertion: () => idp.signIn(), // the base64 SAMLResponse the IdP posts
 * });
 * ```
 */
import {
  createStsProvider,
  credentialsFromReply,
  providerCacheKey,
  readSecretSource,
  required,
  secretSourceKey,
  secretSourceOption,
  stringOption,
  STS_OPTION_RULES,
  validateOptions,
  type CredentialProvider,
  type SecretSource,
  type StsProviderOptions,
} from '@stskit/credentials';
import type { AssumeRoleWithSAMLRequest } from '@stskit/sts';

const PROVIDER_NAME = 'fromSaml';

const assertionString = stringOption(4, 100000);

const RULES = {
  roleArn: required(STS_OPTION_RULES.roleArn),
  principalArn: required(STS_OPTION_RULES.principalArn),
  samlAssertion: required(secretSourceOption(assertionString)),
  policy: STS_OPTION_RULES.sessionPolicy,
  policyArns: STS_OPTION_RULES.policyArns,
  durationSeconds: STS_OPTION_RULES.roleDurationSeconds,
};

/**
 * A base64-encoded SAML response, or a function giving a fresh one (by signing in to the
 * identity provider), called on every refresh.
 *
 * @public
 */
export type SamlAssertion = SecretSource;

/**
 * Options of {@link fromSaml}: the AssumeRoleWithSAML request members in camelCase, and
 * the shared {@link StsProviderOptions} but `sourceCredentials` (the call is unsigned).
 *
 * @public
 */
export interface FromSamlInit extends Omit<StsProviderOptions, 'sourceCredentials'> {
  /** The role to assume, e.g. `arn:aws:iam::111122223333:role/analyst`. */
  readonly roleArn: string;
  /** The SAML provider in IAM that describes the IdP, e.g. `arn:aws:iam::111122223333:saml-provider/okta`. */
  readonly principalArn: string;
  /**
   * The assertion (4 to 100000 characters of base64), or a function called for a fresh one
   * on every refresh. Assertions expire within minutes, so a fixed string only works for
   * the first fetch: prefer a function for anything that runs longer.
   */
  readonly samlAssertion: SamlAssertion;
  /** An inline session policy (JSON, up to 2048 characters), which narrows the role's permissions. */
  readonly policy?: string;
  /** ARNs of managed policies that narrow the role's permissions (up to 10). */
  readonly policyArns?: readonly string[];
  /**
   * How long the session lasts, 900 to 43200 seconds, up to the role's maximum; STS also
   * caps it at the assertion's `SessionNotOnOrAfter`.
   * @defaultValue the assertion's `SessionDuration` attribute, else 3600
   */
  readonly durationSeconds?: number;
}

/**
 * Creates a provider of AssumeRoleWithSAML credentials: exchanges a SAML assertion from
 * an identity provider for a role session, without AWS credentials. `samlAssertion` is
 * called once per refresh, never for cached calls.
 *
 * Options are checked at once, before any request; STS's validation errors become
 * `CredentialsError`s of kind `InvalidConfiguration`. An assertion never appears in an
 * error. Providers with the same request and assertion source share one call in flight.
 *
 * @param init - the role, the SAML provider, the assertion and the refresh options
 * @returns a provider usable as the `credentials` of any AWS SDK v3 client; `close()`
 *   stops its background refresh and releases the connections of the client it built
 * @throws CredentialsError of kind `InvalidConfiguration` naming each bad option
 * @throws TypeError when `client` is combined with `clientConfig`
 *
 * @example
 * ```ts
 * const credentials = fromSaml({
 *   roleArn: 'arn:aws:iam::111122223333:role/analyst',
 *   principalArn: 'arn:aws:iam::111122223333:saml-provider/adfs',
 *   samlAssertion: async () => (await adfs.signIn(user)).samlResponse,
 *   clientConfig: { region: 'eu-west-1' },
 * });
 * ```
 *
 * @public
 */
export function fromSaml(init: FromSamlInit): CredentialProvider {
  validateOptions(PROVIDER_NAME, init, RULES);
  const { samlAssertion } = init;
  const request: Omit<AssumeRoleWithSAMLRequest, 'SAMLAssertion'> = {
    RoleArn: init.roleArn,
    PrincipalArn: init.principalArn,
    Policy: init.policy,
    PolicyArns: init.policyArns?.map((arn) => ({ arn })),
    DurationSeconds: init.durationSeconds,
  };
  return createStsProvider(init, {
    providerName: PROVIDER_NAME,
    cacheKey: providerCacheKey('AssumeRoleWithSAML', { ...request, SAMLAssertion: secretSourceKey(samlAssertion) }, init),
    fetch: async (client) => {
      const SAMLAssertion = await readSecretSource(samlAssertion, assertionString, 'samlAssertion', PROVIDER_NAME);
      const reply = await client.assumeRoleWithSAML({ ...request, SAMLAssertion });
      return credentialsFromReply(reply, PROVIDER_NAME, 'AssumeRoleWithSAML');
    },
  });
}
