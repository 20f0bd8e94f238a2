/**
 * Model constraints of the STS input shapes (STS-API.md §5): length, range and pattern, with
 * the pattern text kept as the model writes it, because STS quotes that text in its
 * `ValidationError` messages.
 *
 * @internal
 */

/** @internal */
export interface StringConstraint {
  readonly min?: number;
  readonly max?: number;
  /** The model's pattern, as quoted in messages. */
  readonly patternText?: string;
  /** The same pattern, anchored, for JavaScript. */
  readonly pattern?: RegExp;
  /** Sensitive values are never echoed in messages. */
  readonly sensitive?: boolean;
}

/** @internal */
export interface RangeConstraint {
  readonly min: number;
  readonly max: number;
}

const ARN_TEXT = '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+';
const ARN_REGEX = /^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]+$/u;
const NAME_TEXT = '[\\w+=,.@-]*';
const NAME_REGEX = /^[\w+=,.@-]*$/u;
const POLICY_TEXT = '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+';
const POLICY_REGEX = /^[\u0009\u000A\u000D\u0020-\u00FF]+$/u;

/** @internal */
export const SHAPES = {
  arn: { min: 20, max: 2048, patternText: ARN_TEXT, pattern: ARN_REGEX },
  roleSessionName: { min: 2, max: 64, patternText: NAME_TEXT, pattern: NAME_REGEX },
  sourceIdentity: { min: 2, max: 64, patternText: NAME_TEXT, pattern: NAME_REGEX },
  userName: { min: 2, max: 32, patternText: NAME_TEXT, pattern: NAME_REGEX },
  externalId: { min: 2, max: 1224, patternText: '[\\w+=,.@:\\/-]*', pattern: /^[\w+=,.@:/-]*$/u },
  serialNumber: { min: 9, max: 256, patternText: '[\\w+=/:,.@-]*', pattern: /^[\w+=/:,.@-]*$/u },
  tokenCode: { min: 6, max: 6, patternText: '[\\d]*', pattern: /^\d*$/u, sensitive: true },
  sessionPolicy: { min: 1, max: 2048, patternText: POLICY_TEXT, pattern: POLICY_REGEX },
  unrestrictedSessionPolicy: { min: 1, patternText: POLICY_TEXT, pattern: POLICY_REGEX },
  tagKey: { min: 1, max: 128, patternText: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+', pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u },
  tagValue: { min: 0, max: 256, patternText: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*', pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u },
  accessKeyId: { min: 16, max: 128, patternText: '[\\w]*', pattern: /^\w*$/u },
  clientToken: { min: 4, max: 20000, sensitive: true },
  samlAssertion: { min: 4, max: 100000, sensitive: true },
  url: { min: 4, max: 2048 },
  encodedMessage: { min: 1, max: 10240 },
  contextAssertion: { min: 4, max: 2048 },
  targetPrincipal: { min: 12, max: 2048 },
  audience: { min: 1, max: 1000 },
  jwtAlgorithm: { min: 5, max: 5 },
  tradeInToken: { sensitive: true },
} as const satisfies Record<string, StringConstraint>;

/** @internal */
export const RANGES = {
  roleDuration: { min: 900, max: 43200 },
  userDuration: { min: 900, max: 129600 },
  rootDuration: { min: 0, max: 900 },
  webIdentityTokenDuration: { min: 60, max: 3600 },
} as const satisfies Record<string, RangeConstraint>;
