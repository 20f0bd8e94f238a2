/**
 * GetFederationToken (STS-API.md §3.9): a federated user `NAME` in the caller's account,
 * whose credentials may only call GetCallerIdentity here (see callerGuards).
 *
 * @internal
 */
import { RANGES, SHAPES } from '../model/constraints.js';
import { POLICY_ARNS, TAGS } from '../model/sharedFields.js';
import { federatedUserArn } from '../world/arns.js';
import { issueSession } from './issueSession.js';
import { signedOperation } from './Operation.js';
import { packSessionPolicy } from './sessionPolicy.js';

const DEFAULT_SECONDS = 43200;

/** @internal */
export const getFederationToken = signedOperation({
  name: 'GetFederationToken',
  input: {
    Name: { type: 'string', required: true, shape: SHAPES.userName },
    Policy: { type: 'string', shape: SHAPES.sessionPolicy },
    PolicyArns: POLICY_ARNS,
    DurationSeconds: { type: 'integer', range: RANGES.userDuration },
    Tags: TAGS,
  },
  run(input, { services, caller, now }) {
    const { accountId } = caller.principal;
    const packedPolicySize = packSessionPolicy(input);
    const principal = {
      type: 'FederatedUser',
      accountId,
      arn: federatedUserArn(accountId, input.Name),
      userId: `${accountId}:${input.Name}`,
      name: input.Name,
    } as const;
    const issued = issueSession(services, principal, input.DurationSeconds ?? DEFAULT_SECONDS, now);
    return {
      Credentials: issued.credentials,
      FederatedUser: { FederatedUserId: principal.userId, Arn: principal.arn },
      PackedPolicySize: packedPolicySize,
    };
  },
});
