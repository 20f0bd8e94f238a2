/**
 * Which STS calls a kind of credentials may make, before any rule runs: federated users and
 * root task sessions only learn who they are, and session credentials cannot mint
 * further user sessions (STS-API.md §3.9–3.10).
 *
 * @internal
 */
import type { StsOperationName } from '@stskit/sts/protocol';
import type { SigningCredential } from '../auth/CredentialStore.js';
import { needsLongTermCredentials, notAuthorized } from '../server/commonErrors.js';

const NEEDS_LONG_TERM_CREDENTIALS: ReadonlySet<StsOperationName> = new Set(['GetSessionToken', 'GetFederationToken']);

/** @throws ApiError `AccessDenied` (403) when `caller` may not call `action` @internal */
export function assertMayCall(action: StsOperationName, caller: SigningCredential): void {
  if (action === 'GetCallerIdentity') return;
  const { principal } = caller;
  if (principal.type === 'FederatedUser' || principal.type === 'Root') throw notAuthorized(principal.arn, action);
  if (caller.sessionToken !== undefined && NEEDS_LONG_TERM_CREDENTIALS.has(action)) throw needsLongTermCredentials(action);
}
