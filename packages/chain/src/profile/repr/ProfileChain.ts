/**
 * A profile's credentials as plain data, one row per step: a base that needs no other
 * credentials, then the roles assumed from it, in order. The second of three stages
 * (parse → represent → execute), as in aws-config's `repr.rs`: pure, so every profile
 * form is tested from a table with no files, servers or mocks.
 */

/** The MFA device a step authenticates with, and where its code comes from. @public */
export interface MfaSettings {
  readonly serialNumber: string;
  /** `mfa_process`: a command printing the code; else the `tokenCode` option is asked. */
  readonly mfaProcess?: string;
}

/**
 * Long-term or session keys written in the profile. With `mfa`, they are exchanged for a
 * GetSessionToken MFA session, which every role of the chain then uses: one MFA code for
 * all of them.
 *
 * @public
 */
export interface StaticKeysBase {
  readonly kind: 'StaticKeys';
  readonly profile: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly mfa?: MfaSettings;
  /** The MFA session's lifetime, from the profile's `duration_seconds`. */
  readonly durationSeconds?: number;
}

/** The credentials of the environment a role profile names in `credential_source`. @public */
export interface CredentialSourceBase {
  readonly kind: 'CredentialSource';
  readonly profile: string;
  readonly source: CredentialSourceName;
}

/** The `credential_source` values. @public */
export type CredentialSourceName = 'Environment' | 'Ec2InstanceMetadata' | 'EcsContainer';

/** AssumeRoleWithWebIdentity with a token read from a file. @public */
export interface WebIdentityBase {
  readonly kind: 'WebIdentity';
  readonly profile: string;
  readonly roleArn: string;
  readonly webIdentityTokenFile: string;
  readonly roleSessionName?: string;
  readonly durationSeconds?: number;
}

/** Credentials printed by `credential_process`. @public */
export interface ProcessBase {
  readonly kind: 'Process';
  readonly profile: string;
  readonly command: string;
}

/** @public */
export type BaseCredentials = StaticKeysBase | CredentialSourceBase | WebIdentityBase | ProcessBase;

/** One AssumeRole call, signed with the previous step's credentials. @public */
export interface RoleHop {
  readonly profile: string;
  readonly roleArn: string;
  readonly roleSessionName?: string;
  readonly externalId?: string;
  readonly durationSeconds?: number;
  readonly sourceIdentity?: string;
  readonly mfa?: MfaSettings;
}

/**
 * Where STS is, from the selected profile: `region`, `sts_regional_endpoints`, and the
 * endpoint URL of its `services` section (`sts.endpoint_url`) or else its `endpoint_url`.
 * Environment variables and code options still take precedence at execution.
 *
 * @public
 */
export interface StsSettings {
  readonly region?: string;
  readonly stsRegionalEndpoints?: 'regional' | 'legacy';
  readonly endpointUrl?: string;
}

/** @public */
export interface ProfileChain {
  readonly base: BaseCredentials;
  /** Applied in order: the first is assumed with the base's credentials. */
  readonly roles: readonly RoleHop[];
  readonly sts: StsSettings;
}
