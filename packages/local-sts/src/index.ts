/**
 * `@stskit/local-sts`: an embedded AWS STS server for tests and demos.
 *
 * @packageDocumentation
 */
export { startLocalSts } from './startLocalSts.js';
export type { LocalSts, LocalStsOptions } from './startLocalSts.js';
export type { LocalStsDefaults } from './defaultIdentities.js';
export type { Clock } from './clock.js';
export { FaultPlan } from './faults/FaultPlan.js';
export type { Fault, FaultRule } from './faults/Fault.js';
export type { CloudTrailEvent, UserIdentity } from './trail/CloudTrailEvent.js';
export { loadWorldFile } from './world/loadWorldFile.js';
export type {
  World,
  WorldAccount,
  WorldUser,
  WorldAccessKey,
  WorldMfaDevice,
  WorldRole,
  WorldTrust,
  WorldOidcProvider,
  WorldSamlProvider,
} from './world/types.js';
export { buildSamlAssertion } from './saml/buildSamlAssertion.js';
export type { SamlAssertionOptions } from './saml/buildSamlAssertion.js';
export { totp } from './mfa/totp.js';
export type { TotpParameters } from './mfa/totp.js';
