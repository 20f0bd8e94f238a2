import { defaultSessionName, required, STS_OPTION_RULES, type Clock } from '@stskit/credentials';
import type { AssumeRoleRequest, ProvidedContext, Tag } from '@stskit/sts';

/**
 * The AssumeRole request members of `fromAssumeRole`'s init, in camelCase. `tokenCode`
 * is not here: it is asked for on each fetch, never kept.
 *
 * @public
 */
export interface AssumeRoleOptions {
  /** The role to assume, e.g. `arn:aws:iam::111122223333:role/reader`. */
  readonly roleArn: string;
  /**
   * Names the session in CloudTrail and in the assumed-role ARN; 2 to 64 characters of
   * `[\w+=,.@-]`.
   * @defaultValue `stskit-<epoch ms>` at the provider's creation (see `defaultSessionName`)
   */
  readonly roleSessionName?: string;
  /** The external ID the role's trust policy demands (for third-party access). */
  readonly externalId?: string;
  /** An inline session policy (JSON), which narrows the role's permissions. */
  readonly policy?: string;
  /** ARNs of managed policies that narrow the role's permissions (up to 10). */
  readonly policyArns?: readonly string[];
  /** Session tags, as the API's `{ Key, Value }` (up to 50). */
  readonly tags?: readonly Tag[];
  /** Keys of `tags` that pass on to roles assumed with this session. */
  readonly transitiveTagKeys?: readonly string[];
  /** A source identity that stays with this session and every session chained from it. */
  readonly sourceIdentity?: string;
  /** Trusted context assertions, such as from IAM Identity Center (1 to 5). */
  readonly providedContexts?: readonly ProvidedContext[];
  /**
   * How long the session lasts, 900 to 43200 seconds, up to the role's maximum; at most
   * 3600 when the source credentials are temporary (see the README on role chaining).
   * @defaultValue STS's default: 3600
   */
  readonly durationSeconds?: number;
  /** The MFA device, when the role demands MFA and the source session has none. Requires `tokenCode`. */
  readonly serialNumber?: string;
}

/**
 * The rule of each AssumeRole option, from the STS model's constraints.
 *
 * @internal
 */
export const ASSUME_ROLE_RULES = {
  roleArn: required(STS_OPTION_RULES.roleArn),
  roleSessionName: STS_OPTION_RULES.roleSessionName,
  externalId: STS_OPTION_RULES.externalId,
  policy: STS_OPTION_RULES.unrestrictedSessionPolicy,
  policyArns: STS_OPTION_RULES.policyArns,
  tags: STS_OPTION_RULES.tags,
  transitiveTagKeys: STS_OPTION_RULES.transitiveTagKeys,
  sourceIdentity: STS_OPTION_RULES.sourceIdentity,
  providedContexts: STS_OPTION_RULES.providedContexts,
  durationSeconds: STS_OPTION_RULES.roleDurationSeconds,
  serialNumber: STS_OPTION_RULES.serialNumber,
  tokenCode: STS_OPTION_RULES.tokenCode,
};

/**
 * The AssumeRole request of `options`, without `TokenCode`, in the API's names.
 *
 * @param clock - names the session when no `roleSessionName` is given
 *
 * @internal
 */
export function assumeRoleRequest(options: AssumeRoleOptions, clock: Clock | undefined): Omit<AssumeRoleRequest, 'TokenCode'> {
  return {
    RoleArn: options.roleArn,
    RoleSessionName: options.roleSessionName ?? defaultSessionName(clock),
    ExternalId: options.externalId,
    Policy: options.policy,
    PolicyArns: options.policyArns?.map((arn) => ({ arn })),
    Tags: options.tags,
    TransitiveTagKeys: options.transitiveTagKeys,
    SourceIdentity: options.sourceIdentity,
    ProvidedContexts: options.providedContexts,
    DurationSeconds: options.durationSeconds,
    SerialNumber: options.serialNumber,
  };
}
