export { chain } from './chain.js';
export type { AnyCredentialProvider, ChainLink } from './chain.js';
export { ProviderChainError } from './ProviderChainError.js';
export type { ProviderAttempt } from './ProviderChainError.js';
export { defaultProvider } from './defaultProvider.js';
export type { DefaultProviderInit } from './defaultProvider.js';

export {
  ENV_ACCESS_KEY_ID,
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_EXPIRATION,
  ENV_SECRET_ACCESS_KEY,
  ENV_SESSION_TOKEN,
  fromEnv,
} from './env/fromEnv.js';
export type { FromEnvInit } from './env/fromEnv.js';
export { fromProcess } from './process/fromProcess.js';
export type { FromProcessInit } from './process/fromProcess.js';
export { fromContainer } from './container/fromContainer.js';
export type { FromContainerInit } from './container/fromContainer.js';
export { ENV_CONTAINER_CREDENTIALS_FULL_URI, ENV_CONTAINER_CREDENTIALS_RELATIVE_URI } from './container/containerEndpoint.js';
export { ENV_CONTAINER_AUTHORIZATION_TOKEN, ENV_CONTAINER_AUTHORIZATION_TOKEN_FILE } from './container/authorizationToken.js';
export { ENV_EC2_METADATA_DISABLED, ENV_EC2_METADATA_SERVICE_ENDPOINT, fromImds } from './imds/fromImds.js';
export type { FromImdsInit } from './imds/fromImds.js';

export { AWS_CLI_CACHE_DIRECTORY, fromProfile } from './profile/fromProfile.js';
export type { FromProfileInit } from './profile/fromProfile.js';
export { ENV_CONFIG_FILE, ENV_PROFILE, ENV_SHARED_CREDENTIALS_FILE } from './profile/loadProfileSet.js';
export { profileStsClientConfig } from './profile/profileStsClientConfig.js';
export type { ProfileStsClientConfigInit } from './profile/profileStsClientConfig.js';
export type { ProfileFilesInit } from './profile/loadProfileSet.js';
export { ProfileError } from './profile/ProfileError.js';
export type { Profile, ProfileSet } from './profile/ProfileSet.js';
export { resolveProfileChain } from './profile/repr/resolveProfileChain.js';
export type {
  BaseCredentials,
  CredentialSourceBase,
  CredentialSourceName,
  MfaSettings,
  ProcessBase,
  ProfileChain,
  RoleHop,
  StaticKeysBase,
  StsSettings,
  WebIdentityBase,
} from './profile/repr/ProfileChain.js';

export { cliCacheKey } from './cache/cacheKey.js';
export { FileCredentialsCache } from './cache/FileCredentialsCache.js';
