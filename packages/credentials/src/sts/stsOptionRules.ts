import { functionOption, integerOption, listOption, objectOption, required, stringOption } from './optionRules.js';

// Patterns of STS-API.md §5, anchored, with the `u` flag.
const ARN = /^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]+$/u;
const SESSION_NAME = /^[\w+=,.@-]*$/u;
const EXTERNAL_ID = /^[\w+=,.@:/-]*$/u;
const SERIAL_NUMBER = /^[\w+=/:,.@-]*$/u;
const POLICY = /^[\u0009\u000A\u000D\u0020-\u00FF]+$/u;
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

const arn = stringOption(20, 2048, ARN);
const tagKey = stringOption(1, 128, TAG_KEY);

/**
 * The rules of the options STS-backed providers share, keyed by option name, from the
 * model's constraints. A provider picks the ones it has, e.g.
 * `{ roleArn: required(STS_OPTION_RULES.roleArn), policy: STS_OPTION_RULES.sessionPolicy }`.
 *
 * @public
 */
export const STS_OPTION_RULES = {
  roleArn: arn,
  principalArn: arn,
  roleSessionName: stringOption(2, 64, SESSION_NAME),
  sourceIdentity: stringOption(2, 64, SESSION_NAME),
  federatedUserName: stringOption(2, 32, SESSION_NAME),
  externalId: stringOption(2, 1224, EXTERNAL_ID),
  providerId: stringOption(4, 2048),
  /** AssumeRole's `Policy`: no maximum length in the model. */
  unrestrictedSessionPolicy: stringOption(1, undefined, POLICY),
  /** `Policy` of the other operations. */
  sessionPolicy: stringOption(1, 2048, POLICY),
  /** Our `policyArns` is a list of ARNs; the API wraps each in `{ arn }`. */
  policyArns: listOption(arn, 0),
  tags: listOption(objectOption({ Key: required(tagKey), Value: required(stringOption(0, 256, TAG_VALUE)) }), 0, 50),
  transitiveTagKeys: listOption(tagKey, 0, 50),
  providedContexts: listOption(
    objectOption({ ProviderArn: arn, ContextAssertion: stringOption(4, 2048) }),
    1,
    5,
  ),
  serialNumber: stringOption(9, 256, SERIAL_NUMBER),
  tokenCode: functionOption,
  /** `DurationSeconds` of AssumeRole, AssumeRoleWithSAML and AssumeRoleWithWebIdentity. */
  roleDurationSeconds: integerOption(900, 43200),
  /** `DurationSeconds` of GetSessionToken and GetFederationToken. */
  userDurationSeconds: integerOption(900, 129600),
} as const;
