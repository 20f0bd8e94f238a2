export { systemClock, systemScheduler } from './clock.js';
export type { Clock, Scheduler } from './clock.js';
export { CredentialsError } from './CredentialsError.js';
export type { CredentialsErrorKind, CredentialsErrorOptions } from './CredentialsError.js';
export { createCredentials } from './createCredentials.js';
export { unusableCredentialsError } from './fetchedCredentials.js';
export type { CredentialParts } from './createCredentials.js';
export { fromStsCredentials } from './fromStsCredentials.js';
export type { StsCredentialsShape } from './fromStsCredentials.js';
export { isRecoverableError } from './isRecoverableError.js';
export { ManualClock } from './ManualClock.js';
export { createRefreshingProvider } from './refreshingProvider.js';
export type { RefreshingProviderOptions } from './refreshingProvider.js';
export type {
  CredentialProvider,
  CredentialProviderCallOptions,
  Credentials,
  RefreshMode,
  RefreshOptions,
} from './types.js';

// Shared plumbing of the STS-backed providers (session-token, assume-role, web-identity, saml, federation-token).
export { asConfigurationError } from './sts/asConfigurationError.js';
export { createStsProvider } from './sts/createStsProvider.js';
export type { StsProviderSpec } from './sts/createStsProvider.js';
export { accountIdFromArn, credentialsFromReply } from './sts/credentialsFromReply.js';
export type { StsCredentialsReply } from './sts/credentialsFromReply.js';
export { defaultSessionName } from './sts/defaultSessionName.js';
export { functionOption, integerOption, listOption, objectOption, required, stringOption } from './sts/optionRules.js';
export type { OptionRule } from './sts/optionRules.js';
export { providerCacheKey } from './sts/providerCacheKey.js';
export { readSecretSource, secretSourceKey, secretSourceOption } from './sts/secretSource.js';
export type { SecretSource } from './sts/secretSource.js';
export { sleepOnClock } from './sts/sleepOnClock.js';
export { resolveStsClient, sourceCredentialsOf } from './sts/resolveStsClient.js';
export type { SourceCredentials, StsProviderOptions } from './sts/StsProviderOptions.js';
export { STS_OPTION_RULES } from './sts/stsOptionRules.js';
export { mfaOptionProblems, readTokenCode } from './sts/tokenCode.js';
export type { TokenCodeProvider } from './sts/tokenCode.js';
export { validateOptions } from './sts/validateOptions.js';
