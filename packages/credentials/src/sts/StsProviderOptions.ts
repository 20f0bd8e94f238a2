import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from '@smithy/types';
import type { StsClient, StsClientConfig } from '@stskit/sts';
import type { RefreshOptions } from '../types.js';

/**
 * Credentials that sign a provider's STS calls: static, or any provider of them (every
 * AWS SDK v3 provider fits, and so does every stskit provider, which is how roles chain).
 *
 * @public
 */
export type SourceCredentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/**
 * What every STS-backed provider (`fromSessionToken`, `fromAssumeRole`, `fromWebIdentity`,
 * `fromSaml`, `fromFederationToken`) accepts besides its own request members: how to
 * reach STS, what signs the call, and the cache's {@link RefreshOptions}.
 *
 * Give at most one of `client` and `clientConfig`. A given `client` signs with its own
 * credentials, so it cannot be combined with `sourceCredentials` either.
 *
 * @public
 */
export interface StsProviderOptions extends RefreshOptions {
  /**
   * The STS client to call. The provider never destroys a client it was given: its owner
   * does, after closing the provider.
   */
  readonly client?: StsClient;
  /**
   * Options of the `StsClient` the provider builds for itself (region, endpoint, retries,
   * …); `close()` destroys that client's connections.
   * @defaultValue `{}`: region and endpoint from the environment, as in the AWS SDKs
   */
  readonly clientConfig?: StsClientConfig;
  /**
   * The credentials that sign the STS call (not needed by the unsigned web identity and
   * SAML operations). Shorthand for `clientConfig.credentials`; give one or the other.
   */
  readonly sourceCredentials?: SourceCredentials;
  /**
   * Receives the provider's warnings (never a secret), such as a duration it had to cap.
   * @defaultValue none: warnings are dropped
   */
  readonly logger?: Pick<Logger, 'warn'>;
}
