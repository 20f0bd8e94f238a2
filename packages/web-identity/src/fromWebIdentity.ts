/**
 * `fromWebIdentity`: credentials of an IAM role from STS AssumeRoleWithWebIdentity,
 * cached and refreshed before they expire. The call is unsigned: the token is the proof
 * of identity, so no AWS credentials are needed.
 *
 * Inputs, all from `init` (`fromWebIdentityEnv` reads the environment):
 * 1. The token: `webIdentityToken` (a string, or a function called on every refresh) or
 *    `webIdentityTokenFile` (a path re-read on every refresh).
 * 2. The request: `roleArn`, `roleSessionName`, `providerId`, `policy`, `policyArns`,
 *    `durationSeconds`.
 * 3. Where STS is: `client` or `clientConfig` (region, endpoint, …).
 * 4. The cache: `refresh`, `clock`, `onRefresh`, `onRefreshError`.
 *
 * ```ts
 * // What EKS sets up for a pod's service account (IRSA):
 * const credentials = fromWebIdentity({
 *   roleArn: 'arn:aws:iam::111122223333:role/orders-reader',
 *   webIdentityTokenFile: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
 * });
 * ```
 */
import {
  createStsProvider,
  credentialsFromReply,
  defaultSessionName,
  providerCacheKey,
  required,
  STS_OPTION_RULES,
  validateOptions,
  type CredentialProvider,
  type StsProviderOptions,
} from '@stskit/credentials';
import type { AssumeRoleWithWebIdentityRequest } from '@stskit/sts';
import { sendWithTokenRetries } from './sendWithTokenRetries.js';
import {
  TOKEN_OPTION_RULES,
  tokenOptionProblems,
  webIdentityTokenSource,
  type WebIdentityTokenOptions,
} from './webIdentityTokenSource.js';

const PROVIDER_NAME = 'fromWebIdentity';

const RULES = {
  ...TOKEN_OPTION_RULES,
  roleArn: required(STS_OPTION_RULES.roleArn),
  roleSessionName: STS_OPTION_RULES.roleSessionName,
  providerId: STS_OPTION_RULES.providerId,
  policy: STS_OPTION_RULES.sessionPolicy,
  policyArns: STS_OPTION_RULES.policyArns,
  durationSeconds: STS_OPTION_RULES.roleDurationSeconds,
};

/**
 * Options of {@link fromWebIdentity}: the token, the AssumeRoleWithWebIdentity request
 * members in camelCase, and the shared {@link StsProviderOptions} but `sourceCredentials`
 * (the call is unsigned).
 *
 * @public
 */
export interface FromWebIdentityInit extends WebIdentityTokenOptions, Omit<StsProviderOptions, 'sourceCredentials'> {
  /** The role to assume, e.g. `arn:aws:iam::111122223333:role/orders-reader`. */
  readonly roleArn: string;
  /**
   * Names the session in CloudTrail and in the assumed-role ARN; 2 to 64 characters of
   * `[\w+=,.@-]`.
   * @defaultValue `stskit-<epoch ms>` at the provider's creation (see `defaultSessionName`)
   */
  readonly roleSessionName?: string;
  /**
   * The OAuth 2.0 provider that issued the token, e.g. `www.amazon.com`; omit it for
   * OpenID Connect ID tokens (EKS, GitHub Actions, GitLab, Google).
   */
  readonly providerId?: string;
  /** An inline session policy (JSON, up to 2048 characters), which narrows the role's permissions. */
  readonly policy?: string;
  /** ARNs of managed policies that narrow the role's permissions (up to 10). */
  readonly policyArns?: readonly string[];
  /**
   * How long the session lasts, 900 to 43200 seconds, up to the role's maximum.
   * @defaultValue STS's default: 3600
   */
  readonly durationSeconds?: number;
}

/**
 * Creates a provider of AssumeRoleWithWebIdentity credentials: exchanges an OIDC or
 * OAuth 2.0 token for a role session, without AWS credentials.
 *
 * The token is read afresh for every STS call (the file re-read, the function called),
 * so a rotated token is picked up at the next refresh. Two token errors are retried
 * within a refresh: `InvalidIdentityToken` up to 3 attempts with a short jittered pause
 * (it can be transient while STS fetches the identity provider's keys), and
 * `ExpiredTokenException` once with a re-read token, if it changed.
 *
 * Options are checked at once, before any request; STS's validation errors become
 * `CredentialsError`s of kind `InvalidConfiguration`, as does an unreadable or empty token
 * file (named by path; a token never appears in an error). Providers with the same
 * request and token source share one call in flight.
 *
 * @param init - the token, the role, the request members and the refresh options
 * @returns a provider usable as the `credentials` of any AWS SDK v3 client; `close()`
 *   stops its background refresh and releases the connections of the client it built
 * @throws CredentialsError of kind `InvalidConfiguration` naming each bad option
 * @throws TypeError when `client` is combined with `clientConfig`
 *
 * @example
 * ```ts
 * // A GitHub Actions job with `permissions: id-token: write`:
 * const credentials = fromWebIdentity({
 *   roleArn: 'arn:aws:iam::111122223333:role/deploy',
 *   roleSessionName: `gha-${process.env.GITHUB_RUN_ID}`,
 *   webIdentityToken: () => core.getIDToken('sts.amazonaws.com'),
 *   clientConfig: { region: 'eu-west-1' },
 * });
 * ```
 *
 * @public
 */
export function fromWebIdentity(init: FromWebIdentityInit): CredentialProvider {
  validateOptions(PROVIDER_NAME, init, RULES, tokenOptionProblems(init));
  const tokenSource = webIdentityTokenSource(init, PROVIDER_NAME);
  const request: Omit<AssumeRoleWithWebIdentityRequest, 'WebIdentityToken'> = {
    RoleArn: init.roleArn,
    RoleSessionName: init.roleSessionName ?? defaultSessionName(init.clock),
    ProviderId: init.providerId,
    Policy: init.policy,
    PolicyArns: init.policyArns?.map((arn) => ({ arn })),
    DurationSeconds: init.durationSeconds,
  };
  return createStsProvider(init, {
    providerName: PROVIDER_NAME,
    cacheKey: providerCacheKey(
      'AssumeRoleWithWebIdentity',
      { ...request, WebIdentityToken: tokenSource.cacheKey },
      init,
    ),
    fetch: async (client) => {
      const reply = await sendWithTokenRetries(
        (WebIdentityToken) => client.assumeRoleWithWebIdentity({ ...request, WebIdentityToken }),
        tokenSource.read,
        init.clock,
      );
      return credentialsFromReply(reply, PROVIDER_NAME, 'AssumeRoleWithWebIdentity');
    },
  });
}
