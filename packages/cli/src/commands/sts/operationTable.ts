import type { StsOperationName } from '@stskit/sts';
import {
  DURATION_SECONDS,
  POLICY,
  POLICY_ARNS,
  ROLE_ARN,
  ROLE_SESSION_NAME,
  SERIAL_NUMBER,
  TAGS,
  TOKEN_CODE,
  type StsParameter,
} from './StsParameter.js';

/**
 * One `stskit <operation>` command: which STS operation it sends and which members it takes.
 * The command name is the operation's in kebab-case, as in `aws sts`.
 *
 * @public
 */
export interface StsOperationEntry {
  readonly operation: StsOperationName;
  readonly summary: string;
  readonly parameters: readonly StsParameter[];
  readonly example: string;
}

/**
 * Every STS operation, in the model's order. This table drives parsing, the request, help
 * and the README's command list, so adding an operation is one entry here.
 *
 * @see https://docs.aws.amazon.com/cli/latest/reference/sts/
 * @public
 */
export const STS_OPERATION_TABLE: readonly StsOperationEntry[] = [
  {
    operation: 'AssumeRole',
    summary: 'Temporary credentials of a role',
    parameters: [
      ROLE_ARN,
      ROLE_SESSION_NAME,
      POLICY_ARNS,
      POLICY,
      DURATION_SECONDS,
      TAGS,
      { member: 'TransitiveTagKeys', kind: 'strings', description: 'Tag keys that pass on to chained roles' },
      { member: 'ExternalId', kind: 'string', description: 'The external ID the role trust policy requires' },
      SERIAL_NUMBER,
      TOKEN_CODE,
      { member: 'SourceIdentity', kind: 'string', description: 'The source identity kept across role chaining' },
      {
        member: 'ProvidedContexts',
        kind: 'structures',
        fields: ['ProviderArn', 'ContextAssertion'],
        description: 'Trusted context assertions: ProviderArn=ARN,ContextAssertion=TEXT ...',
      },
    ],
    example: 'stskit assume-role --role-arn arn:aws:iam::111122223333:role/deploy --role-session-name ci',
  },
  {
    operation: 'AssumeRoleWithSAML',
    summary: 'Temporary credentials of a role for a SAML assertion (no AWS credentials needed)',
    parameters: [
      ROLE_ARN,
      { member: 'PrincipalArn', kind: 'string', required: true, description: 'The ARN of the SAML provider in IAM' },
      { member: 'SAMLAssertion', kind: 'string', required: true, description: 'The base64 SAML response (or file://PATH)' },
      POLICY_ARNS,
      POLICY,
      DURATION_SECONDS,
    ],
    example: 'stskit assume-role-with-saml --role-arn ARN --principal-arn ARN --saml-assertion file://saml.b64',
  },
  {
    operation: 'AssumeRoleWithWebIdentity',
    summary: 'Temporary credentials of a role for an OIDC token (no AWS credentials needed)',
    parameters: [
      ROLE_ARN,
      ROLE_SESSION_NAME,
      { member: 'WebIdentityToken', kind: 'string', required: true, description: 'The OIDC ID token or OAuth access token (or file://PATH)' },
      { member: 'ProviderId', kind: 'string', description: 'The OAuth 2.0 provider; omit for OIDC tokens' },
      POLICY_ARNS,
      POLICY,
      DURATION_SECONDS,
    ],
    example: 'stskit assume-role-with-web-identity --role-arn ARN --role-session-name me --web-identity-token file://token.jwt',
  },
  {
    operation: 'AssumeRoot',
    summary: 'Short-term root credentials of a member account, for one privileged task',
    parameters: [
      { member: 'TargetPrincipal', kind: 'string', required: true, description: 'The member account ID' },
      { member: 'TaskPolicyArn', kind: 'structure', fields: ['arn'], required: true, description: 'The root task policy: arn=ARN' },
      DURATION_SECONDS,
    ],
    example: 'stskit assume-root --target-principal 444455556666 --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials',
  },
  {
    operation: 'DecodeAuthorizationMessage',
    summary: 'Decode the message of an authorization failure',
    parameters: [{ member: 'EncodedMessage', kind: 'string', required: true, description: 'The encoded message' }],
    example: 'stskit decode-authorization-message --encoded-message MESSAGE',
  },
  {
    operation: 'GetAccessKeyInfo',
    summary: 'The account that owns an access key',
    parameters: [{ member: 'AccessKeyId', kind: 'string', required: true, description: 'The access key ID' }],
    example: 'stskit get-access-key-info --access-key-id AKIAIOSFODNN7EXAMPLE',
  },
  {
    operation: 'GetCallerIdentity',
    summary: 'Who the credentials belong to',
    parameters: [],
    example: 'stskit get-caller-identity --profile dev',
  },
  {
    operation: 'GetDelegatedAccessToken',
    summary: 'Credentials for a trade-in token',
    parameters: [{ member: 'TradeInToken', kind: 'string', required: true, description: 'The trade-in token' }],
    example: 'stskit get-delegated-access-token --trade-in-token TOKEN',
  },
  {
    operation: 'GetFederationToken',
    summary: 'Temporary credentials of a federated user',
    parameters: [
      { member: 'Name', kind: 'string', required: true, description: 'The federated user name' },
      POLICY,
      POLICY_ARNS,
      DURATION_SECONDS,
      TAGS,
    ],
    example: 'stskit get-federation-token --name bob --policy-arns arn=arn:aws:iam::aws:policy/ReadOnlyAccess',
  },
  {
    operation: 'GetSessionToken',
    summary: 'Temporary credentials of the calling user, with MFA',
    parameters: [DURATION_SECONDS, SERIAL_NUMBER, TOKEN_CODE],
    example: 'stskit get-session-token --serial-number arn:aws:iam::111122223333:mfa/alice',
  },
  {
    operation: 'GetWebIdentityToken',
    summary: 'A signed JWT of the caller for an outside service',
    parameters: [
      { member: 'Audience', kind: 'strings', required: true, description: 'The audiences of the token' },
      DURATION_SECONDS,
      { member: 'SigningAlgorithm', kind: 'string', required: true, description: 'RS256 or ES384' },
      TAGS,
    ],
    example: 'stskit get-web-identity-token --audience https://example.com --signing-algorithm RS256',
  },
];
