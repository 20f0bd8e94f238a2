/**
 * Every operation of the current model (STS-API.md §2), by action name.
 *
 * @internal
 */
import { STS_OPERATIONS } from '@stskit/sts/protocol';
import { assumeRole } from './assumeRole.js';
import { assumeRoleWithSaml } from './assumeRoleWithSaml.js';
import { assumeRoleWithWebIdentity } from './assumeRoleWithWebIdentity.js';
import { assumeRoot } from './assumeRoot.js';
import { decodeAuthorizationMessage } from './decodeAuthorizationMessage.js';
import { getAccessKeyInfo } from './getAccessKeyInfo.js';
import { getCallerIdentity } from './getCallerIdentity.js';
import { getDelegatedAccessToken } from './getDelegatedAccessToken.js';
import { getFederationToken } from './getFederationToken.js';
import { getSessionToken } from './getSessionToken.js';
import { getWebIdentityToken } from './getWebIdentityToken.js';
import type { Operation } from './Operation.js';

const ALL: readonly Operation[] = [
  assumeRole,
  assumeRoleWithSaml,
  assumeRoleWithWebIdentity,
  assumeRoot,
  decodeAuthorizationMessage,
  getAccessKeyInfo,
  getCallerIdentity,
  getDelegatedAccessToken,
  getFederationToken,
  getSessionToken,
  getWebIdentityToken,
];

/** @internal */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(ALL.map((operation) => [operation.name, operation]));

// The protocol constants list the model's operations; a missing rule is a bug found at load.
for (const name of STS_OPERATIONS) {
  if (!OPERATIONS.has(name)) throw new Error(`local-sts has no rule for ${name}`);
}
