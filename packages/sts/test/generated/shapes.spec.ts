import type { StringShape } from '../../src/model/shapes.js';
import * as shapes from '../../src/generated/shapes.js';

/** The JavaScript regexes of STS-API.md §5, by model shape. */
const SECTION_5_PATTERNS: ReadonlyArray<readonly [StringShape, string]> = [
  [shapes.arnTypeShape, String.raw`^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]+$`],
  [shapes.roleSessionNameTypeShape, String.raw`^[\w+=,.@-]*$`],
  [shapes.sourceIdentityTypeShape, String.raw`^[\w+=,.@-]*$`],
  [shapes.userNameTypeShape, String.raw`^[\w+=,.@-]*$`],
  [shapes.externalIdTypeShape, String.raw`^[\w+=,.@:\/-]*$`],
  [shapes.serialNumberTypeShape, String.raw`^[\w+=\/:,.@-]*$`],
  [shapes.tokenCodeTypeShape, String.raw`^[\d]*$`],
  [shapes.sessionPolicyDocumentTypeShape, String.raw`^[\u0009\u000A\u000D\u0020-\u00FF]+$`],
  [shapes.unrestrictedSessionPolicyDocumentTypeShape, String.raw`^[\u0009\u000A\u000D\u0020-\u00FF]+$`],
  [shapes.tagKeyTypeShape, String.raw`^[\p{L}\p{Z}\p{N}_.:\/=+\-@]+$`],
  [shapes.tagValueTypeShape, String.raw`^[\p{L}\p{Z}\p{N}_.:\/=+\-@]*$`],
  [shapes.accessKeyIdTypeShape, String.raw`^[\w]*$`],
  [shapes.assumedRoleIdTypeShape, String.raw`^[\w+=,.@:-]*$`],
  [shapes.federatedIdTypeShape, String.raw`^[\w+=,.@:-]*$`],
];

describe('generated shapes', () => {
  it.each(SECTION_5_PATTERNS.map(([shape, source]) => [source, shape] as const))(
    'should compile the model pattern to /%s/u',
    (source, shape) => {
      expect(shape.pattern?.source).toBe(source);
      expect(shape.pattern?.flags).toBe('u');
    },
  );

  it.each([
    ['arnType', shapes.arnTypeShape, 'arn:aws:iam::123456789012:role/😀-astral', true],
    ['arnType', shapes.arnTypeShape, 'arn:aws:iam::123456789012:role/\u0000', false],
    ['roleSessionNameType', shapes.roleSessionNameTypeShape, 'PowerUser/hjacobs', false],
    ['roleSessionNameType', shapes.roleSessionNameTypeShape, 'build-42@ci.example', true],
    ['federatedIdType', shapes.federatedIdTypeShape, '123456789012:fed-user', true],
    ['tagKeyType', shapes.tagKeyTypeShape, 'Kostenstelle €', false],
    ['tagKeyType', shapes.tagKeyTypeShape, 'Kostenstelle Zürich', true],
    ['tokenCodeType', shapes.tokenCodeTypeShape, '12345a', false],
    ['sessionPolicyDocumentType', shapes.sessionPolicyDocumentTypeShape, '{"Version":"2012-10-17"}', true],
    ['sessionPolicyDocumentType', shapes.sessionPolicyDocumentTypeShape, '{"Sid":"ā"}', false],
  ])('should make the %s pattern apply to the whole of %p', (_name, shape, value, matches) => {
    expect(shape.pattern?.test(value)).toBe(matches);
  });

  it('should mark exactly the secrets sensitive, SessionToken included', () => {
    expect([...shapes.SENSITIVE_MEMBER_NAMES].sort()).toEqual([
      'SAMLAssertion',
      'SecretAccessKey',
      'SessionToken',
      'TradeInToken',
      'WebIdentityToken',
    ]);
    expect(shapes.CredentialsShape.members['SecretAccessKey']).toMatchObject({ sensitive: true });
    expect(shapes.CredentialsShape.members['SessionToken']).toMatchObject({ sensitive: true });
    expect(shapes.AssumeRoleRequestShape.members['TokenCode']).not.toHaveProperty('sensitive');
  });
});
