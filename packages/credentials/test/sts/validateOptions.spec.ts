import { CredentialsError } from '../../src/CredentialsError.js';
import { required } from '../../src/sts/optionRules.js';
import { STS_OPTION_RULES } from '../../src/sts/stsOptionRules.js';
import { validateOptions } from '../../src/sts/validateOptions.js';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/reader';
const RULES = {
  roleArn: required(STS_OPTION_RULES.roleArn),
  roleSessionName: STS_OPTION_RULES.roleSessionName,
  policyArns: STS_OPTION_RULES.policyArns,
  tags: STS_OPTION_RULES.tags,
  providedContexts: STS_OPTION_RULES.providedContexts,
  durationSeconds: STS_OPTION_RULES.roleDurationSeconds,
  tokenCode: STS_OPTION_RULES.tokenCode,
};

function problemsOf(options: object): string | undefined {
  try {
    validateOptions('fromTest', options, RULES);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).kind).toBe('InvalidConfiguration');
    return (error as Error).message;
  }
}

describe(validateOptions.name, () => {
  it('should accept valid options and ignore absent optional ones', () => {
    expect(problemsOf({ roleArn: ROLE_ARN })).toBeUndefined();
    expect(
      problemsOf({
        roleArn: ROLE_ARN,
        roleSessionName: 'a.b@c',
        policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        tags: [{ Key: 'team', Value: '' }],
        providedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter' }],
        durationSeconds: 43200,
        tokenCode: () => '123456',
      }),
    ).toBeUndefined();
  });

  it.each([
    { options: {}, problem: 'roleArn is required' },
    { options: { roleArn: 'arn:short' }, problem: 'roleArn must be a string of 20 to 2048 characters' },
    { options: { roleArn: 42 }, problem: 'roleArn must be a string of 20 to 2048 characters' },
    { options: { roleArn: ROLE_ARN, roleSessionName: 'a/b' }, problem: 'roleSessionName must be a string of 2 to 64 characters matching' },
    { options: { roleArn: ROLE_ARN, durationSeconds: 899 }, problem: 'durationSeconds must be an integer from 900 to 43200' },
    { options: { roleArn: ROLE_ARN, durationSeconds: 3600.5 }, problem: 'durationSeconds must be an integer from 900 to 43200' },
    { options: { roleArn: ROLE_ARN, durationSeconds: '3600' }, problem: 'durationSeconds must be an integer from 900 to 43200' },
    { options: { roleArn: ROLE_ARN, tokenCode: '123456' }, problem: 'tokenCode must be a function' },
    { options: { roleArn: ROLE_ARN, policyArns: 'arn:aws:iam::aws:policy/x' }, problem: 'policyArns must be an array' },
    { options: { roleArn: ROLE_ARN, policyArns: [ROLE_ARN, 'short'] }, problem: 'policyArns item 1 must be a string of 20' },
    { options: { roleArn: ROLE_ARN, tags: [{ Key: 'k' }] }, problem: 'tags item 0 Value is required' },
    { options: { roleArn: ROLE_ARN, tags: [{ Key: 'a#b', Value: 'v' }] }, problem: 'tags item 0 Key must be a string of 1 to 128' },
    {
      options: { roleArn: ROLE_ARN, tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) },
      problem: 'tags must have 0 to 50 items',
    },
    { options: { roleArn: ROLE_ARN, providedContexts: [] }, problem: 'providedContexts must have 1 to 5 items' },
  ])('should report "$problem"', ({ options, problem }) => {
    expect(problemsOf(options)).toContain(`fromTest: invalid options: ${problem}`);
  });

  it('should name every bad option at once, and the problems the provider adds', () => {
    expect(() => validateOptions('fromTest', { durationSeconds: 1 }, RULES, ['serialNumber needs tokenCode'])).toThrow(
      'fromTest: invalid options: roleArn is required; durationSeconds must be an integer from 900 to 43200; serialNumber needs tokenCode',
    );
  });

  it('should never quote a value', () => {
    const secretLike = 'AKIA-not-a-session-name/with-a-slash';
    expect(problemsOf({ roleArn: ROLE_ARN, roleSessionName: secretLike })).not.toContain(secretLike);
  });

  it.each([undefined, null, 'roleArn'])('should throw a TypeError for %p instead of options', (options) => {
    expect(() => validateOptions('fromTest', options as unknown as object, RULES)).toThrow(TypeError);
  });
});
