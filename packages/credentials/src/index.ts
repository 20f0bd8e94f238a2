export { systemClock, systemScheduler } from './clock.js';
export type { Clock, Scheduler } from './clock.js';
export { CredentialsError } from './CredentialsError.js';
export type { CredentialsErrorKind, CredentialsErrorOptions } from './CredentialsError.js';
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
