import { readInput } from '../src/model/readInput.js';
import { assumeRole } from '../src/rules/assumeRole.js';
import { getWebIdentityToken } from '../src/rules/getWebIdentityToken.js';
import { assumeRoleWithSaml } from '../src/rules/assumeRoleWithSaml.js';

const params = (entries: Record<string, string>) => new Map(Object.entries(entries));
const ROLE = 'arn:aws:iam::111122223333:role/demo';

describe(readInput.name, () => {
  it('should read strings, integers, lists of structures and lists of strings', () => {
    const input = readInput(
      assumeRole.input,
      params({
        RoleArn: ROLE,
        RoleSessionName: 'session',
        DurationSeconds: '900',
        'Tags.member.1.Key': 'Project',
        'Tags.member.1.Value': 'Pegasus',
        'Tags.member.2.Key': 'Team',
        'Tags.member.2.Value': '',
        'TransitiveTagKeys.member.1': 'Project',
        'PolicyArns.member.1.arn': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    );
    expect(input).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 'session',
      DurationSeconds: 900,
      Tags: [
        { Key: 'Project', Value: 'Pegasus' },
        { Key: 'Team', Value: '' },
      ],
      TransitiveTagKeys: ['Project'],
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    });
  });

  it('should read `Name=` as an empty list, as SDKs send one', () => {
    expect(readInput(assumeRole.input, params({ RoleArn: ROLE, RoleSessionName: 'ab', Tags: '' })).Tags).toEqual([]);
  });

  it('should word a pattern violation as STS does', () => {
    expect(() => readInput(assumeRole.input, params({ RoleArn: ROLE, RoleSessionName: 'PowerUser/hjacobs' }))).toThrow(
      expect.objectContaining({
        code: 'ValidationError',
        statusCode: 400,
        message:
          "1 validation error detected: Value 'PowerUser/hjacobs' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      }),
    );
  });

  it('should list every violation, including missing members and ranges', () => {
    expect(() => readInput(assumeRole.input, params({ RoleSessionName: 'x', DurationSeconds: '60' }))).toThrow(
      expect.objectContaining({
        message:
          "3 validation errors detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null; " +
          "Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2; " +
          "Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
      }),
    );
  });

  it('should never echo a sensitive value', () => {
    expect(() => readInput(assumeRoleWithSaml.input, params({ RoleArn: ROLE, PrincipalArn: ROLE, SAMLAssertion: 'abc' }))).toThrow(
      expect.objectContaining({ message: expect.stringContaining("Value at 'sAMLAssertion' failed to satisfy constraint") }),
    );
  });

  it('should check list lengths', () => {
    const audiences = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`Audience.member.${index + 1}`, `aud${index}`]));
    expect(() => readInput(getWebIdentityToken.input, params({ ...audiences, SigningAlgorithm: 'RS256' }))).toThrow(
      expect.objectContaining({ message: expect.stringContaining("at 'audience' failed to satisfy constraint: Member must have length less than or equal to 10") }),
    );
  });

  it('should name nested members by their path', () => {
    expect(() => readInput(assumeRole.input, params({ RoleArn: ROLE, RoleSessionName: 'ab', 'Tags.member.1.Key': 'bad!key', 'Tags.member.1.Value': 'v' }))).toThrow(
      expect.objectContaining({ message: expect.stringContaining("Value 'bad!key' at 'tags.1.member.key'") }),
    );
  });
});
