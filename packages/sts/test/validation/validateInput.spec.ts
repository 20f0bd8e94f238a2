import { StsValidationError } from '../../src/errors/StsValidationError.js';
import { OPERATIONS } from '../../src/generated/operations.js';
import { validateInput } from '../../src/validation/validateInput.js';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/demo';
const validAssumeRole = { RoleArn: ROLE_ARN, RoleSessionName: 'session-1' };

describe(validateInput.name, () => {
  it('should accept a valid input with every kind of member', () => {
    const input = {
      ...validAssumeRole,
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      DurationSeconds: 900,
      Tags: [{ Key: 'Projekt', Value: 'Zürich' }],
      TransitiveTagKeys: ['Projekt'],
      SerialNumber: 'GAHT12345678',
      TokenCode: '123456',
      ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abcd' }],
    };

    expect(validateInput(OPERATIONS.AssumeRole, input)).toEqual([]);
  });

  it('should accept an empty input for an operation without members, and treat null as absent', () => {
    expect(validateInput(OPERATIONS.GetCallerIdentity, {})).toEqual([]);
    expect(validateInput(OPERATIONS.AssumeRole, { ...validAssumeRole, ExternalId: null })).toEqual([]);
  });

  it('should report every missing required member at once', () => {
    expect(validateInput(OPERATIONS.AssumeRoleWithSAML, {})).toEqual([
      { field: 'RoleArn', rule: 'required', message: 'is required' },
      { field: 'PrincipalArn', rule: 'required', message: 'is required' },
      { field: 'SAMLAssertion', rule: 'required', message: 'is required' },
    ]);
  });

  it('should report a camelCase typo as an unknown member and suggest the model name', () => {
    const issues = validateInput(OPERATIONS.AssumeRole, { roleArn: ROLE_ARN, RoleSessionName: 'session-1' });

    expect(issues).toEqual([
      { field: 'roleArn', rule: 'unknown', message: 'is not a member; did you mean RoleArn?' },
      { field: 'RoleArn', rule: 'required', message: 'is required' },
    ]);
  });

  it('should name the members it knows when an unknown one has no close match', () => {
    const [issue] = validateInput(OPERATIONS.GetAccessKeyInfo, { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', Extra: 1 });

    expect(issue).toEqual({ field: 'Extra', rule: 'unknown', message: 'is not a member (expected one of AccessKeyId)' });
  });

  it.each([
    ['RoleSessionName', 'x', 'length', 'must be 2 to 64 characters'],
    ['RoleSessionName', 'Power User/1', 'pattern', String.raw`must match [\w+=,.@-]*`],
    ['TokenCode', '12345', 'length', 'must be exactly 6 characters'],
    ['TokenCode', '12345x', 'pattern', String.raw`must match [\d]*`],
    ['DurationSeconds', 899, 'range', 'must be an integer from 900 to 43200'],
    ['DurationSeconds', 43201, 'range', 'must be an integer from 900 to 43200'],
    ['DurationSeconds', 3600.5, 'type', 'must be an integer from 900 to 43200'],
    ['DurationSeconds', Number.NaN, 'type', 'must be an integer from 900 to 43200'],
    ['DurationSeconds', Number.POSITIVE_INFINITY, 'type', 'must be an integer from 900 to 43200'],
    ['DurationSeconds', '3600', 'type', 'must be an integer from 900 to 43200'],
    ['RoleArn', 42, 'type', 'must be a string'],
    ['RoleArn', 'arn:aws:iam::1:role/\uD800lone', 'type', 'must be well-formed Unicode (it has a lone surrogate)'],
    ['ExternalId', 'x', 'length', 'must be 2 to 1224 characters'],
    ['Tags', 'Project=Pegasus', 'type', 'must be an array'],
    ['Tags', Array.from({ length: 51 }, (_, n) => ({ Key: `k${n}`, Value: '' })), 'size', 'must have at most 50 items'],
    ['ProvidedContexts', [], 'size', 'must have 1 to 5 items'],
    ['PolicyArns', [ROLE_ARN], 'type', 'must be an object'],
  ])('should report %s = %p as a %s issue', (field, value, rule, message) => {
    const issues = validateInput(OPERATIONS.AssumeRole, { ...validAssumeRole, [field]: value });

    expect(issues).toEqual([{ field: expect.stringMatching(new RegExp(`^${field}`)), rule, message }]);
  });

  it('should give paths into lists and structures', () => {
    const issues = validateInput(OPERATIONS.AssumeRole, {
      ...validAssumeRole,
      PolicyArns: [{ arn: ROLE_ARN }, { arn: 'short' }],
      Tags: [{ Key: 'a', Value: 'b' }, { Key: 'c', Value: 'd' }, { Key: '', Value: 'v' }],
    });

    expect(issues.map(({ field, rule }) => `${field} ${rule}`)).toEqual([
      'PolicyArns[1].arn length',
      'Tags[2].Key length',
      'Tags[2].Key pattern',
    ]);
  });

  it('should count length in code points, so an emoji counts once', () => {
    const fourEmoji = '😀😀😀😀'; // 8 UTF-16 units

    expect(validateInput(OPERATIONS.AssumeRoleWithWebIdentity, { ...validAssumeRole, WebIdentityToken: fourEmoji })).toEqual([]);
    expect(validateInput(OPERATIONS.AssumeRoleWithWebIdentity, { ...validAssumeRole, WebIdentityToken: '😀😀😀' })).toEqual([
      { field: 'WebIdentityToken', rule: 'length', message: 'must be 4 to 20000 characters' },
    ]);
  });

  it('should validate a required list and its items', () => {
    const issues = validateInput(OPERATIONS.GetWebIdentityToken, { Audience: [], SigningAlgorithm: 'RS256' });
    const itemIssues = validateInput(OPERATIONS.GetWebIdentityToken, { Audience: ['ok', '', undefined], SigningAlgorithm: 'RS256' });

    expect(issues).toEqual([{ field: 'Audience', rule: 'size', message: 'must have 1 to 10 items' }]);
    expect(itemIssues).toEqual([
      { field: 'Audience[1]', rule: 'length', message: 'must be 1 to 1000 characters' },
      { field: 'Audience[2]', rule: 'required', message: 'is required (lists cannot have holes)' },
    ]);
  });

  describe('input the Query protocol cannot carry', () => {
    const POLICY_ARN = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const validAssumeRoot = { TargetPrincipal: '111122223333' };
    const EMPTY_DESCRIPTOR = 'must have a member set (expected arn); an empty structure is not sent';
    const EMPTY_CONTEXT = 'must have a member set (expected one of ProviderArn, ContextAssertion); an empty structure is not sent';
    const NOT_PLAIN = 'must be a plain object (not a Date, Map or class instance)';

    it('should refuse an empty PolicyArns item, which would leave the session less restricted than asked', () => {
      const issues = validateInput(OPERATIONS.AssumeRole, { ...validAssumeRole, PolicyArns: [{}, { arn: POLICY_ARN }] });

      expect(issues).toEqual([{ field: 'PolicyArns[0]', rule: 'required', message: EMPTY_DESCRIPTOR }]);
    });

    it('should treat an item whose members are all undefined or null as empty', () => {
      const issues = validateInput(OPERATIONS.AssumeRole, {
        ...validAssumeRole,
        PolicyArns: [{ arn: POLICY_ARN }, { arn: undefined }],
        ProvidedContexts: [{ ProviderArn: null, ContextAssertion: undefined }],
      });

      expect(issues).toEqual([
        { field: 'PolicyArns[1]', rule: 'required', message: EMPTY_DESCRIPTOR },
        { field: 'ProvidedContexts[0]', rule: 'required', message: EMPTY_CONTEXT },
      ]);
    });

    it('should still let the model-optional members of an item be absent one at a time', () => {
      const input = {
        ...validAssumeRole,
        ProvidedContexts: [
          { ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter' },
          { ContextAssertion: 'abcd' },
        ],
      };

      expect(validateInput(OPERATIONS.AssumeRole, input)).toEqual([]);
    });

    it('should report an empty item with unknown members both as unknown and as empty', () => {
      const issues = validateInput(OPERATIONS.AssumeRole, { ...validAssumeRole, PolicyArns: [{ Arn: POLICY_ARN }] });

      expect(issues).toEqual([
        { field: 'PolicyArns[0].Arn', rule: 'unknown', message: 'is not a member; did you mean arn?' },
        { field: 'PolicyArns[0]', rule: 'required', message: EMPTY_DESCRIPTOR },
      ]);
    });

    it('should report the missing members of an empty Tags item, not the item as well', () => {
      const issues = validateInput(OPERATIONS.AssumeRole, { ...validAssumeRole, Tags: [{}] });

      expect(issues).toEqual([
        { field: 'Tags[0].Key', rule: 'required', message: 'is required' },
        { field: 'Tags[0].Value', rule: 'required', message: 'is required' },
      ]);
    });

    it.each([
      ['an empty object', {}],
      ['an object whose only member is undefined', { arn: undefined }],
    ])('should refuse a required TaskPolicyArn given %s, which would not be sent at all', (_case, taskPolicyArn) => {
      const issues = validateInput(OPERATIONS.AssumeRoot, { ...validAssumeRoot, TaskPolicyArn: taskPolicyArn });

      expect(issues).toEqual([{ field: 'TaskPolicyArn', rule: 'required', message: EMPTY_DESCRIPTOR }]);
    });

    class PolicyReference {
      readonly arn = POLICY_ARN;
    }

    it.each([
      ['a Date', new Date(0)],
      ['a Map', new Map([['arn', POLICY_ARN]])],
      ['a Set', new Set([POLICY_ARN])],
      ['a class instance', new PolicyReference()],
      ['a boxed string', Object(POLICY_ARN) as object],
      ['a RegExp', /arn:aws:iam::aws:policy/],
    ])('should refuse %s given for a structure, naming the field', (_case, value) => {
      const root = validateInput(OPERATIONS.AssumeRoot, { ...validAssumeRoot, TaskPolicyArn: value });
      const item = validateInput(OPERATIONS.AssumeRole, { ...validAssumeRole, PolicyArns: [{ arn: POLICY_ARN }, value] });

      expect(root).toEqual([{ field: 'TaskPolicyArn', rule: 'type', message: NOT_PLAIN }]);
      expect(item).toEqual([{ field: 'PolicyArns[1]', rule: 'type', message: NOT_PLAIN }]);
    });

    it('should refuse an array given for a structure', () => {
      const issues = validateInput(OPERATIONS.AssumeRoot, { ...validAssumeRoot, TaskPolicyArn: [{ arn: POLICY_ARN }] });

      expect(issues).toEqual([{ field: 'TaskPolicyArn', rule: 'type', message: 'must be an object' }]);
    });

    it('should refuse a class instance given as the whole input', () => {
      class Input {
        readonly RoleArn = ROLE_ARN;
        readonly RoleSessionName = 'session-1';
      }

      expect(validateInput(OPERATIONS.AssumeRole, new Input())).toEqual([{ field: 'input', rule: 'type', message: NOT_PLAIN }]);
    });

    it('should accept plain objects without a prototype', () => {
      const taskPolicyArn = Object.assign(Object.create(null) as object, { arn: POLICY_ARN });
      const input = Object.assign(Object.create(null) as object, { ...validAssumeRoot, TaskPolicyArn: taskPolicyArn });

      expect(validateInput(OPERATIONS.AssumeRoot, input)).toEqual([]);
    });

    it.each([
      // eslint-disable-next-line no-sparse-arrays
      ['a leading hole', [, 'https://example.com'], ['Audience[0]']],
      // eslint-disable-next-line no-sparse-arrays
      ['a hole in the middle', ['https://a.example', , 'https://b.example'], ['Audience[1]']],
      ['an array made with a length', new Array<string>(2), ['Audience[0]', 'Audience[1]']],
      ['an element deleted from it', withDeleted(['a', 'b', 'c'], 2), ['Audience[2]']],
    ])('should refuse a list with %s, which forEach would skip', (_case, audience, fields) => {
      const issues = validateInput(OPERATIONS.GetWebIdentityToken, { Audience: audience, SigningAlgorithm: 'RS256' });

      expect(issues).toEqual(fields.map((field) => ({ field, rule: 'required', message: 'is required (lists cannot have holes)' })));
    });

    it('should refuse a hole in a list of structures', () => {
      // eslint-disable-next-line no-sparse-arrays
      const issues = validateInput(OPERATIONS.AssumeRole, { ...validAssumeRole, PolicyArns: [, { arn: POLICY_ARN }] });

      expect(issues).toEqual([{ field: 'PolicyArns[0]', rule: 'required', message: 'is required (lists cannot have holes)' }]);
    });

    it.each([
      ['a string', 'https://example.com'],
      ['a Set', new Set(['https://example.com'])],
      ['an array-like object', { 0: 'https://example.com', length: 1 }],
      ['a typed array', new Uint8Array([1])],
    ])('should refuse %s given for a list', (_case, audience) => {
      const issues = validateInput(OPERATIONS.GetWebIdentityToken, { Audience: audience, SigningAlgorithm: 'RS256' });

      expect(issues).toEqual([{ field: 'Audience', rule: 'type', message: 'must be an array' }]);
    });

    it('should never put a value in these messages', () => {
      const secret = 'arn:aws:iam::123456789012:policy/secret-policy-name';
      class Holder {
        readonly arn = secret;
      }
      const issues = [
        ...validateInput(OPERATIONS.AssumeRoot, { ...validAssumeRoot, TaskPolicyArn: new Holder() }),
        ...validateInput(OPERATIONS.AssumeRole, { ...validAssumeRole, PolicyArns: [new Map([['arn', secret]]), { Arn: secret }] }),
      ];

      expect(issues).toHaveLength(4);
      expect(new StsValidationError('Mixed', issues).message).not.toContain(secret);
    });
  });

  it.each([null, 'AssumeRole', [validAssumeRole]])('should report an input of %p that is not an object', (input) => {
    expect(validateInput(OPERATIONS.AssumeRole, input)).toEqual([{ field: 'input', rule: 'type', message: 'must be an object' }]);
  });

  it('should never put a value in a message, even for secrets and MFA codes', () => {
    const secrets = ['9876x5', 'serial number 42', 'tok', 'A'.repeat(20001)];
    const issues = [
      ...validateInput(OPERATIONS.GetSessionToken, { TokenCode: secrets[0], SerialNumber: secrets[1] }),
      ...validateInput(OPERATIONS.AssumeRoleWithWebIdentity, { ...validAssumeRole, WebIdentityToken: secrets[2] }),
      ...validateInput(OPERATIONS.AssumeRoleWithWebIdentity, { ...validAssumeRole, WebIdentityToken: secrets[3] }),
    ];
    const error = new StsValidationError('Mixed', issues);

    expect(issues).toHaveLength(4);
    for (const secret of secrets) expect(error.message).not.toContain(secret);
  });
});

function withDeleted<T>(items: T[], index: number): T[] {
  delete items[index];
  return items;
}
