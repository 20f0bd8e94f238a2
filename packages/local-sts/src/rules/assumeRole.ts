/**
 * AssumeRole (STS-API.md §3.1): the role must trust the caller; its trust may demand an
 * ExternalId and MFA; the duration must fit the role and, when chaining, one hour.
 *
 * @internal
 */
import { RANGES, SHAPES } from '../model/constraints.js';
import { POLICY_ARNS, TAGS } from '../model/sharedFields.js';
import { notAuthorized, validationError } from '../server/commonErrors.js';
import { assumedRolePrincipal, assumedRoleUser } from './assumedRole.js';
import { issueSession } from './issueSession.js';
import { proveMfa } from './mfa.js';
import { signedOperation } from './Operation.js';
import { roleSessionDuration } from './roleSessionDuration.js';
import { packSessionPolicy } from './sessionPolicy.js';
import { trustsAwsPrincipal } from './trust.js';

/** @internal */
export const assumeRole = signedOperation({
  name: 'AssumeRole',
  input: {
    RoleArn: { type: 'string', required: true, shape: SHAPES.arn },
    RoleSessionName: { type: 'string', required: true, shape: SHAPES.roleSessionName },
    PolicyArns: POLICY_ARNS,
    Policy: { type: 'string', shape: SHAPES.unrestrictedSessionPolicy },
    DurationSeconds: { type: 'integer', range: RANGES.roleDuration },
    Tags: TAGS,
    TransitiveTagKeys: { type: 'list', maxItems: 50, member: { type: 'string', shape: SHAPES.tagKey } },
    ExternalId: { type: 'string', shape: SHAPES.externalId },
    SerialNumber: { type: 'string', shape: SHAPES.serialNumber },
    TokenCode: { type: 'string', shape: SHAPES.tokenCode },
    SourceIdentity: { type: 'string', shape: SHAPES.sourceIdentity },
    ProvidedContexts: {
      type: 'list',
      minItems: 1,
      maxItems: 5,
      member: {
        type: 'structure',
        members: {
          ProviderArn: { type: 'string', shape: SHAPES.arn },
          ContextAssertion: { type: 'string', shape: SHAPES.contextAssertion },
        },
      },
    },
  },
  run(input, { services, caller, now }) {
    const { principal } = caller;
    const role = services.directory.role(input.RoleArn);
    // One refusal for every trust failure, as STS gives: the caller learns nothing about the role.
    const denied = () => notAuthorized(principal.arn, 'AssumeRole', input.RoleArn);
    if (!role || !trustsAwsPrincipal(role, principal)) throw denied();
    if (role.trust.externalId !== undefined && input.ExternalId !== role.trust.externalId) throw denied();
    const mfaAuthenticated = proveMfa(services, principal, input) || caller.mfaAuthenticated;
    if (role.trust.requireMfa && !mfaAuthenticated) throw denied();
    if (input.SourceIdentity?.startsWith('aws:')) throw validationError("SourceIdentity must not start with 'aws:'");

    const chained = principal.type === 'AssumedRole';
    const duration = roleSessionDuration(role, input.DurationSeconds, chained);
    const packedPolicySize = packSessionPolicy(input);
    // A source identity, once set, stays with every session chained from it.
    const sourceIdentity = chained ? (principal.sourceIdentity ?? input.SourceIdentity) : input.SourceIdentity;
    const session = assumedRolePrincipal(role, input.RoleSessionName, 'AWS', sourceIdentity);
    const issued = issueSession(services, session, duration, now, mfaAuthenticated);
    return {
      Credentials: issued.credentials,
      AssumedRoleUser: assumedRoleUser(session),
      PackedPolicySize: packedPolicySize,
      SourceIdentity: sourceIdentity,
    };
  },
});
