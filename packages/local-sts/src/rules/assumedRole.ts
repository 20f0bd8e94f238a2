/**
 * The principal of a role session and its `AssumedRoleUser` member: ARN
 * `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`, ID `ROLEID:SESSION`.
 *
 * @internal
 */
import type { AssumedRolePrincipal } from '../identity/Principal.js';
import type { XmlObject } from '../server/xml.js';
import { assumedRoleArn } from '../world/arns.js';
import type { RoleEntry } from '../world/Directory.js';

/** @internal */
export function assumedRolePrincipal(
  role: RoleEntry,
  sessionName: string,
  federation: AssumedRolePrincipal['federation'],
  sourceIdentity?: string,
): AssumedRolePrincipal {
  return {
    type: 'AssumedRole',
    accountId: role.accountId,
    arn: assumedRoleArn(role.accountId, role.name, sessionName),
    userId: `${role.roleId}:${sessionName}`,
    roleArn: role.arn,
    roleName: role.name,
    sessionName,
    federation,
    ...(sourceIdentity === undefined ? {} : { sourceIdentity }),
  };
}

/** @internal */
export function assumedRoleUser(principal: AssumedRolePrincipal): XmlObject {
  return { AssumedRoleId: principal.userId, Arn: principal.arn };
}
