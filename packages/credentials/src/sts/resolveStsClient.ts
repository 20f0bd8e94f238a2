import { StsClient } from '@stskit/sts';
import type { SourceCredentials, StsProviderOptions } from './StsProviderOptions.js';

/**
 * The STS client a provider calls: the given `client`, or a new `StsClient` built from
 * `clientConfig` with `sourceCredentials` as its `credentials`.
 *
 * @param options - the provider's options
 * @param providerName - names the provider in error messages, e.g. `fromAssumeRole`
 * @returns the client, and whether the provider owns it (and so destroys it on `close()`)
 * @throws TypeError when the options name more than one way to get a client or to sign
 *
 * @internal
 */
export function resolveStsClient(options: StsProviderOptions, providerName: string): { client: StsClient; owned: boolean } {
  const { client, clientConfig } = options;
  if (client !== undefined) {
    if (clientConfig !== undefined) {
      throw new TypeError(`${providerName}: pass either \`client\` or \`clientConfig\`, not both`);
    }
    if (options.sourceCredentials !== undefined) {
      throw new TypeError(
        `${providerName}: a given \`client\` signs with its own credentials; pass \`sourceCredentials\` with \`clientConfig\` instead`,
      );
    }
    return { client, owned: false };
  }
  const credentials = sourceCredentialsOf(options, providerName);
  return { client: new StsClient({ ...clientConfig, ...(credentials === undefined ? {} : { credentials }) }), owned: true };
}

/**
 * The credentials a provider's own client signs with: `sourceCredentials`, or
 * `clientConfig.credentials`; undefined with a given `client` (it signs with its own).
 *
 * @throws TypeError when both are given
 *
 * @internal
 */
export function sourceCredentialsOf(options: StsProviderOptions, providerName: string): SourceCredentials | undefined {
  const fromConfig = options.clientConfig?.credentials;
  if (options.sourceCredentials !== undefined && fromConfig !== undefined) {
    throw new TypeError(
      `${providerName}: pass either \`sourceCredentials\` or \`clientConfig.credentials\`, not both`,
    );
  }
  return options.sourceCredentials ?? fromConfig;
}
