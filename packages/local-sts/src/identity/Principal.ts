/**
 * Who is calling: the principal behind a set of credentials, with the ARN and unique ID
 * that GetCallerIdentity reports and CloudTrail records.
 *
 * @internal
 */

/** @internal */
export type Principal = IamUserPrincipal | AssumedRolePrincipal | FederatedUserPrincipal | RootPrincipal;

interface PrincipalBase {
  readonly accountId: string;
  readonly arn: string;
  /** `UserId` of GetCallerIdentity. */
  readonly userId: string;
}

/** @internal */
export interface IamUserPrincipal extends PrincipalBase {
  readonly type: 'IAMUser';
  readonly userName: string;
}

/** @internal */
export interface AssumedRolePrincipal extends PrincipalBase {
  readonly type: 'AssumedRole';
  readonly roleArn: string;
  readonly roleName: string;
  readonly sessionName: string;
  readonly sourceIdentity?: string;
  /** How the session was obtained: `AWS` (AssumeRole), `WebIdentity`, `SAML` or `Delegated`. */
  readonly federation: 'AWS' | 'WebIdentity' | 'SAML' | 'Delegated';
}

/** @internal */
export interface FederatedUserPrincipal extends PrincipalBase {
  readonly type: 'FederatedUser';
  readonly name: string;
}

/** A privileged root session of a member account, from AssumeRoot. @internal */
export interface RootPrincipal extends PrincipalBase {
  readonly type: 'Root';
}
