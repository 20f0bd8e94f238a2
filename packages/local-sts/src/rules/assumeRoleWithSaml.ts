/**
 * AssumeRoleWithSAML (STS-API.md §3.2): a SAML response from a provider registered in the
 * role's account, naming the role and provider in its `Role` attribute and valid now. The
 * XML signature is not verified (see the README).
 *
 * @internal
 */
import { createHash } from 'node:crypto';
import { RANGES, SHAPES } from '../model/constraints.js';
import { POLICY_ARNS } from '../model/sharedFields.js';
import { AWS_SAML_AUDIENCE, parseSamlAssertion, type SamlAssertion } from '../saml/parseSamlAssertion.js';
import { ApiError } from '../server/ApiError.js';
import { assumedRolePrincipal, assumedRoleUser } from './assumedRole.js';
import { issueSession } from './issueSession.js';
import { unsignedOperation } from './Operation.js';
import { roleSessionDuration } from './roleSessionDuration.js';
import { packSessionPolicy } from './sessionPolicy.js';
import { trustsProvider } from './trust.js';

const SUBJECT_TYPES: Readonly<Record<string, string>> = {
  'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent': 'persistent',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:transient': 'transient',
};

/** @internal */
export const assumeRoleWithSaml = unsignedOperation({
  name: 'AssumeRoleWithSAML',
  input: {
    RoleArn: { type: 'string', required: true, shape: SHAPES.arn },
    PrincipalArn: { type: 'string', required: true, shape: SHAPES.arn },
    SAMLAssertion: { type: 'string', required: true, shape: SHAPES.samlAssertion },
    PolicyArns: POLICY_ARNS,
    Policy: { type: 'string', shape: SHAPES.sessionPolicy },
    DurationSeconds: { type: 'integer', range: RANGES.roleDuration },
  },
  run(input, { services, now, identify }) {
    const assertion = readAssertion(input.SAMLAssertion);
    const provider = services.directory.samlProvider(input.PrincipalArn);
    if (!provider || provider.issuer !== assertion.issuer) {
      throw new ApiError('InvalidIdentityToken', 'Specified provider does not exist or does not match the assertion issuer.');
    }
    if (assertion.notOnOrAfter !== undefined && assertion.notOnOrAfter <= now) {
      throw new ApiError('ExpiredTokenException', 'Assertion has expired: NotOnOrAfter is in the past.');
    }
    if ((assertion.notBefore ?? now) > now) throw rejected('Assertion is not yet valid: NotBefore is in the future.');
    if (!assertion.audiences.includes(AWS_SAML_AUDIENCE)) throw rejected(`Audience of the assertion must be ${AWS_SAML_AUDIENCE}`);
    if (!assertion.sessionName) throw rejected('RoleSessionName is required in AuthnResponse');

    const role = services.directory.role(input.RoleArn);
    const named = assertion.roles.some((pair) => pair.roleArn === input.RoleArn && pair.principalArn === input.PrincipalArn);
    if (!role || !named || !trustsProvider(role, provider.arn)) {
      throw new ApiError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML', 403);
    }
    const duration = roleSessionDuration(role, input.DurationSeconds ?? assertion.sessionDurationSeconds, false);
    const packedPolicySize = packSessionPolicy(input);
    const session = assumedRolePrincipal(role, assertion.sessionName, 'SAML');
    // The IdP's SessionNotOnOrAfter caps the session, whatever duration was asked.
    const cappedSeconds = Math.min(duration, Math.floor(((assertion.sessionNotOnOrAfter ?? Infinity) - now) / 1000));
    const nameQualifier = createHash('sha1').update(`${assertion.issuer}${provider.accountId}/${provider.name}`).digest('base64');
    identify({ type: 'SAMLUser', principalId: `${nameQualifier}:${assertion.subject}`, userName: assertion.subject, identityProvider: provider.arn });
    const issued = issueSession(services, session, cappedSeconds, now);
    return {
      Credentials: issued.credentials,
      AssumedRoleUser: assumedRoleUser(session),
      PackedPolicySize: packedPolicySize,
      Subject: assertion.subject,
      SubjectType: SUBJECT_TYPES[assertion.subjectFormat] ?? assertion.subjectFormat,
      Issuer: assertion.issuer,
      Audience: assertion.recipient ?? AWS_SAML_AUDIENCE,
      NameQualifier: nameQualifier,
    };
  },
});

function readAssertion(base64: string): SamlAssertion {
  try {
    return parseSamlAssertion(base64);
  } catch (error) {
    throw new ApiError('InvalidIdentityToken', `Invalid SAML assertion: ${(error as Error).message}`);
  }
}

function rejected(message: string): ApiError {
  return new ApiError('IDPRejectedClaim', message, 403);
}
