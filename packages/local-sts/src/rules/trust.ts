/**
 * Role trust for AWS principals: whether a role's trust names the caller, its account, its
 * role (for role sessions) or everyone. Identity-based permissions in the caller's account
 * are assumed to allow the call, since local-sts models no IAM policies.
 *
 * @internal
 */
import type { Principal } from '../identity/Principal.js';
import { rootArn } from '../world/arns.js';
import type { RoleEntry } from '../world/Directory.js';

/** @internal */
export function trustsAwsPrincipal(role: RoleEntry, caller: Principal): boolean {
  const names = new Set(role.trust.principals ?? []);
  if (names.has('*') || names.has(caller.accountId) || names.has(rootArn(caller.accountId))) return true;
  if (caller.type === 'AssumedRole') return names.has(caller.roleArn);
  return names.has(caller.arn);
}

/** True when the role trusts the federated identity provider `providerArn`. @internal */
export function trustsProvider(role: RoleEntry, providerArn: string): boolean {
  return (role.trust.federated ?? []).includes(providerArn);
}

/** True when `value` matches one of the trusted patterns (`*` matches any run of characters). @internal */
export function matchesAny(patterns: readonly string[], value: string): boolean {
  return patterns.some((pattern) => {
    const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return regex.test(value);
  });
}
