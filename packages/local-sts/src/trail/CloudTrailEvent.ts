/**
 * The shape of the events local-sts records: a subset of CloudTrail's record format
 * (eventVersion 1.08) with the fields tests and users assert on.
 *
 * @public
 */

/** @public */
export interface UserIdentity {
  readonly type: 'IAMUser' | 'AssumedRole' | 'FederatedUser' | 'Root' | 'WebIdentityUser' | 'SAMLUser' | 'Unknown';
  readonly principalId?: string;
  readonly arn?: string;
  readonly accountId?: string;
  /** The key that signed the call; never its secret. */
  readonly accessKeyId?: string;
  readonly userName?: string;
  readonly identityProvider?: string;
}

/** @public */
export interface CloudTrailEvent {
  readonly eventVersion: '1.08';
  readonly userIdentity: UserIdentity;
  /** ISO 8601 UTC, seconds precision. */
  readonly eventTime: string;
  readonly eventSource: 'sts.amazonaws.com';
  readonly eventName: string;
  readonly awsRegion: string;
  readonly sourceIPAddress: string;
  readonly userAgent: string;
  /** Request members in camelCase, secrets (token codes, assertions, tokens) removed. */
  readonly requestParameters: Record<string, unknown> | null;
  /** Result members in camelCase, secrets (secret keys, session tokens, issued tokens) removed. */
  readonly responseElements: Record<string, unknown> | null;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly requestID: string;
  readonly eventID: string;
  readonly readOnly: boolean;
  readonly eventType: 'AwsApiCall';
  readonly managementEvent: true;
  readonly recipientAccountId?: string;
  readonly eventCategory: 'Management';
}
