/**
 * The credentials a program gets when it configures none, found in the AWS SDKs' order:
 *
 * 1. `environment`: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, … (skipped when a
 *    profile is passed explicitly, as SDK v3 skips it);
 * 2. `webIdentityEnv`: `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`;
 * 3. `profile`: the shared config profile (`profile`, `AWS_PROFILE`, else `default`);
 * 4. `container`: `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` / `_FULL_URI`;
 * 5. `imds`: the EC2 instance profile, unless `AWS_EC2_METADATA_DISABLED=true`.
 */
import { createRefreshingProvider, type CredentialProvider } from '@stskit/credentials';
import { fromWebIdentityEnv } from '@stskit/web-identity';
import { chain, type ChainLink } from './chain.js';
import { fromContainer } from './container/fromContainer.js';
import { fromEnv } from './env/fromEnv.js';
import { fromImds } from './imds/fromImds.js';
import { fromProfile, type FromProfileInit } from './profile/fromProfile.js';

/**
 * Options of {@link defaultProvider}: those of {@link fromProfile}, which also reach the
 * other links where they apply (`env`, `clock`, `refresh`, `clientConfig`, `logger`).
 *
 * @public
 */
export type DefaultProviderInit = FromProfileInit;

/**
 * The default credential chain behind the refreshing cache; see the README for the order
 * and every variable. A profile named in `profile` skips the environment's keys, so an
 * explicit choice in code is never overridden by a stray `AWS_ACCESS_KEY_ID`; a profile
 * named only by `AWS_PROFILE` does not (as in SDK v3, whose `fromNodeProviderChain` skips
 * `fromEnv` only for `profile` passed in code).
 *
 * @returns a provider rejecting with a `ProviderChainError` that lists every link when
 *   none applies, or names the link that failed
 *
 * @example
 * ```ts
 * const sts = new STSClient({ credentials: defaultProvider({ tokenCode: askForMfaCode }) });
 * ```
 *
 * @public
 */
export function defaultProvider(init: DefaultProviderInit = {}): CredentialProvider {
  const shared = {
    ...(init.env === undefined ? {} : { env: init.env }),
    ...(init.clock === undefined ? {} : { clock: init.clock }),
  };
  const links: ChainLink[] = [
    ...(init.profile === undefined ? [['environment', fromEnv(shared)] as const] : []),
    ['webIdentityEnv', fromWebIdentityEnv({ ...shared, ...(init.clientConfig === undefined ? {} : { clientConfig: init.clientConfig }) })],
    ['profile', fromProfile(init)],
    ['container', fromContainer(shared)],
    ['imds', fromImds({ ...shared, ...(init.logger === undefined ? {} : { logger: init.logger }) })],
  ];
  const credentials = chain(...links);
  // The cache decides when to refresh; when it does, the winning link must fetch anew
  // rather than hand back what it cached itself.
  const cached = createRefreshingProvider(() => credentials({ forceRefresh: true }), { ...init, providerName: 'defaultProvider' });
  return Object.assign((options?: Parameters<CredentialProvider>[0]) => cached(options), {
    close: () => {
      cached.close();
      credentials.close();
    },
  });
}
