import type { Logger } from '@smithy/types';
import type { RefreshOptions, TokenCodeProvider } from '@stskit/credentials';
import type { StsClientConfig } from '@stskit/sts';
import type { FileCredentialsCache } from '../../cache/FileCredentialsCache.js';
import type { Environment } from '../../env/Environment.js';

/**
 * What executing a {@link ProfileChain} needs besides the chain: the environment, the STS
 * client options (already merged with the profile's), the MFA code source, the optional
 * file cache, and the refresh options every provider of the chain gets.
 *
 * @internal
 */
export interface ExecutionContext extends RefreshOptions {
  readonly env: Environment;
  readonly clientConfig: StsClientConfig;
  readonly tokenCode: TokenCodeProvider | undefined;
  readonly processTimeoutMs: number;
  readonly fileCache: FileCredentialsCache | undefined;
  readonly logger: Logger | undefined;
}
