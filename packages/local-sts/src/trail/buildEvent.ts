/**
 * Builds the CloudTrail-shaped record of one call.
 *
 * @internal
 */
import { randomUUID } from 'node:crypto';
import type { SigningCredential } from '../auth/CredentialStore.js';
import { isoSeconds } from '../clock.js';
import type { ApiError } from '../server/ApiError.js';
import type { CloudTrailEvent, UserIdentity } from './CloudTrailEvent.js';
import { redactMembers } from './redact.js';

/** What the server knows about a finished call. @internal */
export interface CallFacts {
  readonly action: string;
  readonly requestId: string;
  readonly time: number;
  readonly sourceIp: string;
  readonly userAgent: string;
  /** Signing region from the credential scope; STS's global region otherwise. */
  readonly region: string;
  readonly caller?: SigningCredential;
  /** The identity an unsigned operation verified. */
  readonly federatedIdentity?: UserIdentity;
  readonly input?: object;
  readonly result?: object;
  readonly error?: ApiError;
}

/** @internal */
export function buildEvent(facts: CallFacts): CloudTrailEvent {
  const userIdentity = facts.federatedIdentity ?? identityOf(facts.caller);
  return {
    eventVersion: '1.08',
    userIdentity,
    eventTime: isoSeconds(facts.time),
    eventSource: 'sts.amazonaws.com',
    eventName: facts.action,
    awsRegion: facts.region,
    sourceIPAddress: facts.sourceIp,
    userAgent: facts.userAgent,
    requestParameters: facts.input ? (redactMembers(facts.input) as Record<string, unknown>) : null,
    responseElements: facts.result ? (redactMembers(facts.result) as Record<string, unknown>) : null,
    ...(facts.error ? { errorCode: facts.error.code, errorMessage: facts.error.message } : {}),
    requestID: facts.requestId,
    eventID: randomUUID(),
    // CloudTrail marks every STS call read-only: none changes a resource.
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    ...(userIdentity.accountId ? { recipientAccountId: userIdentity.accountId } : {}),
    eventCategory: 'Management',
  };
}

function identityOf(caller: SigningCredential | undefined): UserIdentity {
  if (!caller) return { type: 'Unknown' };
  const { principal } = caller;
  return {
    type: principal.type,
    principalId: principal.userId,
    arn: principal.arn,
    accountId: principal.accountId,
    accessKeyId: caller.accessKeyId,
    ...(principal.type === 'IAMUser' ? { userName: principal.userName } : {}),
  };
}
