import type { StsClient } from '@stskit/sts';
import { createRefreshingProvider } from '../refreshingProvider.js';
import type { CredentialProvider, Credentials } from '../types.js';
import { asConfigurationError } from './asConfigurationError.js';
import { resolveStsClient } from './resolveStsClient.js';
import type { StsProviderOptions } from './StsProviderOptions.js';

/**
 * What an STS-backed provider tells {@link createStsProvider} about itself.
 *
 * @public
 */
export interface StsProviderSpec {
  /** Names the provider in error messages, e.g. `fromAssumeRole`. */
  readonly providerName: string;
  /** Shares calls in flight with equal providers: see `providerCacheKey`. */
  readonly cacheKey: string;
  /** Makes one STS call with `client` and converts its reply (see `credentialsFromReply`). */
  readonly fetch: (client: StsClient) => Promise<Credentials>;
}

/**
 * The skeleton of every STS-backed provider: resolves its client (see `resolveStsClient`),
 * wraps `fetch` in the refreshing cache keyed by `cacheKey`, turns rejected input into
 * `InvalidConfiguration` errors, and makes `close()` also release the connections of a
 * client the provider built for itself.
 *
 * @param options - the provider's options (client, source credentials, refresh options)
 * @param spec - the provider's name, sharing key and STS call
 * @returns a provider usable as the `credentials` of any AWS SDK v3 client
 * @throws TypeError for conflicting client options or a bad refresh option (an unknown
 *   `refresh` mode, a `clock` without `now()`, a hook that is no function)
 *
 * @example
 * ```ts
 * return createStsProvider(init, {
 *   providerName: 'fromFederationToken',
 *   cacheKey: providerCacheKey('GetFederationToken', request, init),
 *   fetch: async (client) =>
 *     credentialsFromReply(await client.getFederationToken(request), 'fromFederationToken', 'GetFederationToken'),
 * });
 * ```
 *
 * @public
 */
export function createStsProvider(options: StsProviderOptions, spec: StsProviderSpec): CredentialProvider {
  const { providerName, cacheKey } = spec;
  const { client, owned } = resolveStsClient(options, providerName);
  const fetch = (): Promise<Credentials> =>
    spec.fetch(client).catch((error: unknown) => {
      throw asConfigurationError(error, providerName);
    });
  let provider: CredentialProvider;
  try {
    provider = createRefreshingProvider(fetch, {
      refresh: options.refresh,
      clock: options.clock,
      onRefresh: options.onRefresh,
      onRefreshError: options.onRefreshError,
      providerName,
      cacheKey,
    });
  } catch (error) {
    // A bad refresh option: release the client built for a provider that will not exist.
    if (owned) client.destroy();
    throw error;
  }
  const close = (): void => {
    provider.close();
    // Idle kept-alive sockets; later calls open new ones, so the provider still works.
    if (owned) client.destroy();
  };
  return Object.assign((callOptions?: Parameters<CredentialProvider>[0]) => provider(callOptions), { close });
}
