/**
 * AssumeRoot (STS-API.md §3.4): the organization's management account acts as root of a
 * member account for one task, at most 15 minutes. The session is a `Root` principal.
 *
 * @internal
 */
import { RANGES, SHAPES } from '../model/constraints.js';
import { ApiError } from '../server/ApiError.js';
import { notAuthorized } from '../server/commonErrors.js';
import { accountOfArn, rootArn } from '../world/arns.js';
import { issueSession } from './issueSession.js';
import { signedOperation } from './Operation.js';

const DEFAULT_SECONDS = 900;
const ROOT_TASK_POLICY = /^arn:aws:iam::aws:policy\/root-task\/[\w+=,.@-]+$/;

/** @internal */
export const assumeRoot = signedOperation({
  name: 'AssumeRoot',
  input: {
    TargetPrincipal: { type: 'string', required: true, shape: SHAPES.targetPrincipal },
    TaskPolicyArn: { type: 'structure', required: true, members: { arn: { type: 'string', shape: SHAPES.arn } } },
    DurationSeconds: { type: 'integer', range: RANGES.rootDuration },
  },
  run(input, { services, caller, now }) {
    const taskPolicy = input.TaskPolicyArn.arn ?? '';
    if (!ROOT_TASK_POLICY.test(taskPolicy)) {
      throw new ApiError('InvalidParameterValue', `TaskPolicyArn must be an AWS managed root-task policy, got '${taskPolicy}'`);
    }
    const targetAccountId = /^\d{12}$/.test(input.TargetPrincipal) ? input.TargetPrincipal : accountOfArn(input.TargetPrincipal);
    const { principal } = caller;
    if (!targetAccountId || !services.directory.manages(principal.accountId, targetAccountId)) {
      throw notAuthorized(principal.arn, 'AssumeRoot', input.TargetPrincipal);
    }
    const root = { type: 'Root', accountId: targetAccountId, arn: rootArn(targetAccountId), userId: targetAccountId } as const;
    const issued = issueSession(services, root, input.DurationSeconds ?? DEFAULT_SECONDS, now);
    return { Credentials: issued.credentials };
  },
});
