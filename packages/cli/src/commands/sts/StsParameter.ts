import type { OptionSpec } from '../../args/OptionSpec.js';

/**
 * How a request member is typed on the command line:
 * - `string`, `integer`: one value (`file://PATH` reads a string from a file, as in the AWS CLI);
 * - `strings`: a list of strings, one per token (`--transitive-tag-keys a b`);
 * - `structure`: one shorthand or JSON structure (`--task-policy-arn arn=ARN`);
 * - `structures`: a list of them (`--tags Key=a,Value=1 Key=b,Value=2`).
 *
 * @public
 */
export type StsParameterKind = 'string' | 'integer' | 'strings' | 'structure' | 'structures';

/**
 * One request member of an STS operation, as a flag. The flag is the member's name in
 * kebab-case (`RoleArn` → `--role-arn`, `SAMLAssertion` → `--saml-assertion`), as in the AWS CLI.
 *
 * @public
 */
export interface StsParameter {
  /** The member's name in the STS API. */
  readonly member: string;
  readonly kind: StsParameterKind;
  /** The structure's member names, for `structure` and `structures`. */
  readonly fields?: readonly string[];
  readonly required?: boolean;
  readonly description: string;
}

/**
 * The flag of a member, for parsing and help: lists take one item per token, as in the
 * AWS CLI.
 *
 * @public
 */
export function optionOf(parameter: StsParameter): OptionSpec {
  const isList = parameter.kind === 'strings' || parameter.kind === 'structures';
  return {
    name: flagName(parameter.member),
    kind: isList ? 'list' : 'string',
    description: parameter.description,
    required: parameter.required === true,
  };
}

/**
 * The flag name of a member: `RoleArn` → `role-arn`, `SAMLAssertion` → `saml-assertion`.
 *
 * @public
 */
export function flagName(member: string): string {
  return member
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

// Members several operations share, defined once.

/** @internal */
export const ROLE_ARN: StsParameter = { member: 'RoleArn', kind: 'string', required: true, description: 'The ARN of the role to assume' };
/** @internal */
export const ROLE_SESSION_NAME: StsParameter = {
  member: 'RoleSessionName',
  kind: 'string',
  required: true,
  description: 'A name for the session; it appears in the assumed-role ARN and CloudTrail',
};
/** @internal */
export const POLICY: StsParameter = { member: 'Policy', kind: 'string', description: 'An inline session policy (JSON, or file://PATH)' };
/** @internal */
export const POLICY_ARNS: StsParameter = {
  member: 'PolicyArns',
  kind: 'structures',
  fields: ['arn'],
  description: 'Managed session policies: arn=ARN ... (or JSON)',
};
/** @internal */
export const DURATION_SECONDS: StsParameter = { member: 'DurationSeconds', kind: 'integer', description: 'How long the credentials last, in seconds' };
/** @internal */
export const TAGS: StsParameter = {
  member: 'Tags',
  kind: 'structures',
  fields: ['Key', 'Value'],
  description: 'Session tags: Key=k,Value=v ... (or JSON)',
};
/** @internal */
export const SERIAL_NUMBER: StsParameter = {
  member: 'SerialNumber',
  kind: 'string',
  description: 'The MFA device; without --token-code, the code is asked for on the terminal',
};
/** @internal */
export const TOKEN_CODE: StsParameter = { member: 'TokenCode', kind: 'string', description: 'The 6-digit MFA code' };
