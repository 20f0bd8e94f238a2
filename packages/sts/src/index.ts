export { StsClient } from './client/StsClient.js';
export type { CallOptions, ResponseMetadata, StsClientConfig, WithMetadata } from './client/StsClientConfig.js';

export { StsError } from './errors/StsError.js';
export { StsServiceError } from './errors/StsServiceError.js';
export type { FaultType, StsServiceErrorDetails } from './errors/StsServiceError.js';
export { StsValidationError } from './errors/StsValidationError.js';
export type { ValidationIssue, ValidationRule } from './errors/StsValidationError.js';
export { StsResponseError } from './errors/StsResponseError.js';
export type { StsResponseErrorDetails } from './errors/StsResponseError.js';
export { StsNetworkError } from './errors/StsNetworkError.js';
export { StsConfigurationError } from './errors/StsConfigurationError.js';

export { resolveEndpoint } from './endpoints/resolveEndpoint.js';
export type { ResolvedEndpoint } from './endpoints/resolveEndpoint.js';
export {
  resolveEndpointParameters,
  ENV_REGION,
  ENV_DEFAULT_REGION,
  ENV_USE_FIPS_ENDPOINT,
  ENV_USE_DUALSTACK_ENDPOINT,
  ENV_STS_REGIONAL_ENDPOINTS,
} from './endpoints/resolveEndpointParameters.js';
export type { StsEndpointOptions } from './endpoints/resolveEndpointParameters.js';
export {
  ENV_ENDPOINT_URL_STS,
  ENV_ENDPOINT_URL,
  ENV_IGNORE_CONFIGURED_ENDPOINT_URLS,
} from './endpoints/resolveCustomEndpoint.js';
export { readEnvString } from './endpoints/readEnv.js';
export type { Environment } from './endpoints/readEnv.js';

export { concealSecrets, REDACTED } from './secrets/concealSecrets.js';
export { systemClock } from './signing/ClockOffset.js';
export type { Clock } from './signing/ClockOffset.js';
export { STS_OPERATIONS } from './protocol/constants.js';
export type { StsOperationName } from './protocol/constants.js';

export { MODELED_ERRORS } from './generated/operations.js';
export type {
  OperationTypes,
  ModeledErrorCode,
  AssumeRoleErrorCode,
  AssumeRoleWithSAMLErrorCode,
  AssumeRoleWithWebIdentityErrorCode,
  AssumeRootErrorCode,
  DecodeAuthorizationMessageErrorCode,
  GetAccessKeyInfoErrorCode,
  GetCallerIdentityErrorCode,
  GetDelegatedAccessTokenErrorCode,
  GetFederationTokenErrorCode,
  GetSessionTokenErrorCode,
  GetWebIdentityTokenErrorCode,
} from './generated/operations.js';
export type {
  AssumeRoleRequest,
  AssumeRoleResponse,
  AssumeRoleWithSAMLRequest,
  AssumeRoleWithSAMLResponse,
  AssumeRoleWithWebIdentityRequest,
  AssumeRoleWithWebIdentityResponse,
  AssumeRootRequest,
  AssumeRootResponse,
  AssumedRoleUser,
  Credentials,
  DecodeAuthorizationMessageRequest,
  DecodeAuthorizationMessageResponse,
  FederatedUser,
  GetAccessKeyInfoRequest,
  GetAccessKeyInfoResponse,
  GetCallerIdentityRequest,
  GetCallerIdentityResponse,
  GetDelegatedAccessTokenRequest,
  GetDelegatedAccessTokenResponse,
  GetFederationTokenRequest,
  GetFederationTokenResponse,
  GetSessionTokenRequest,
  GetSessionTokenResponse,
  GetWebIdentityTokenRequest,
  GetWebIdentityTokenResponse,
  PolicyDescriptorType,
  ProvidedContext,
  Tag,
} from './generated/types.js';
