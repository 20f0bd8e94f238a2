import { OPERATIONS } from '../../src/generated/operations.js';
import { serializeQuery } from '../../src/protocol/serializeQuery.js';

describe(serializeQuery.name, () => {
  it('should serialize the API Reference AssumeRole example with the exact keys of STS-API.md §7.3', () => {
    const body = serializeQuery(OPERATIONS.AssumeRole, {
      RoleSessionName: 'testAR',
      RoleArn: 'arn:aws:iam::123456789012:role/demo',
      PolicyArns: [
        { arn: 'arn:aws:iam::123456789012:policy/demopolicy1' },
        { arn: 'arn:aws:iam::123456789012:policy/demopolicy2' },
      ],
      DurationSeconds: 3600,
      Tags: [
        { Key: 'Project', Value: 'Pegasus' },
        { Key: 'Team', Value: 'Engineering' },
        { Key: 'Cost-Center', Value: '12345' },
      ],
      TransitiveTagKeys: ['Project', 'Cost-Center'],
      ExternalId: '123ABC',
      SourceIdentity: 'Alice',
    });

    expect(new Set(body.split('&'))).toEqual(
      new Set([
        'Action=AssumeRole',
        'Version=2011-06-15',
        'RoleSessionName=testAR',
        'RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo',
        'PolicyArns.member.1.arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Apolicy%2Fdemopolicy1',
        'PolicyArns.member.2.arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Apolicy%2Fdemopolicy2',
        'DurationSeconds=3600',
        'Tags.member.1.Key=Project',
        'Tags.member.1.Value=Pegasus',
        'Tags.member.2.Key=Team',
        'Tags.member.2.Value=Engineering',
        'Tags.member.3.Key=Cost-Center',
        'Tags.member.3.Value=12345',
        'TransitiveTagKeys.member.1=Project',
        'TransitiveTagKeys.member.2=Cost-Center',
        'ExternalId=123ABC',
        'SourceIdentity=Alice',
      ]),
    );
  });

  it('should put Action and Version first, then members in model order', () => {
    const body = serializeQuery(OPERATIONS.AssumeRole, { RoleSessionName: 's1', RoleArn: 'arn:aws:iam::1:role/r' });

    expect(body).toBe('Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr&RoleSessionName=s1');
  });

  it('should send only Action and Version for an operation without members', () => {
    expect(serializeQuery(OPERATIONS.GetCallerIdentity, {})).toBe('Action=GetCallerIdentity&Version=2011-06-15');
  });

  it('should flatten a nested structure as Parent.Member', () => {
    const body = serializeQuery(OPERATIONS.AssumeRoot, {
      TargetPrincipal: '111122223333',
      TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' },
    });

    expect(body).toContain('&TaskPolicyArn.arn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2Froot-task%2FIAMAuditRootUserCredentials');
  });

  it('should number list members from 1 and leave out empty lists and undefined members', () => {
    const body = serializeQuery(OPERATIONS.GetWebIdentityToken, {
      Audience: ['https://a.example', 'b'],
      SigningAlgorithm: 'RS256',
      DurationSeconds: undefined,
      Tags: [],
    });

    expect(body).toBe(
      'Action=GetWebIdentityToken&Version=2011-06-15' +
        '&Audience.member.1=https%3A%2F%2Fa.example&Audience.member.2=b&SigningAlgorithm=RS256',
    );
  });

  it('should number list items by their position, so an item with optional members keeps its number', () => {
    const body = serializeQuery(OPERATIONS.AssumeRole, {
      RoleArn: 'arn:aws:iam::1:role/r',
      RoleSessionName: 's1',
      ProvidedContexts: [{ ContextAssertion: 'first' }, { ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter' }],
    });

    expect(body).toContain('&ProvidedContexts.member.1.ContextAssertion=first&ProvidedContexts.member.2.ProviderArn=arn');
  });

  it('should leave out an optional list given null, like an absent one', () => {
    expect(serializeQuery(OPERATIONS.AssumeRole, { RoleArn: 'arn:aws:iam::1:role/r', RoleSessionName: 's1', PolicyArns: null })).toBe(
      'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr&RoleSessionName=s1',
    );
  });

  describe('input it cannot carry (validateInput refuses all of it first)', () => {
    const POLICY_ARN = 'arn:aws:iam::123456789012:policy/secret-policy-name';
    const assumeRole = { RoleArn: 'arn:aws:iam::1:role/r', RoleSessionName: 's1' };

    class PolicyReference {
      readonly arn = POLICY_ARN;
    }

    it.each([
      ['an empty PolicyArns item', { ...assumeRole, PolicyArns: [{}, { arn: POLICY_ARN }] }, 'PolicyArns.member.1 has no wire form'],
      ['an item whose only member is undefined', { ...assumeRole, PolicyArns: [{ arn: POLICY_ARN }, { arn: undefined }] }, 'PolicyArns.member.2 has no wire form'],
      // eslint-disable-next-line no-sparse-arrays
      ['a hole in a list of structures', { ...assumeRole, PolicyArns: [, { arn: POLICY_ARN }] }, 'PolicyArns.member.1 has no wire form'],
      ['a null item', { ...assumeRole, TransitiveTagKeys: ['Project', null] }, 'TransitiveTagKeys.member.2 has no wire form'],
      ['a Date item', { ...assumeRole, PolicyArns: [new Date(0)] }, 'PolicyArns.member.1 must be a plain object'],
      ['a class instance item', { ...assumeRole, PolicyArns: [new PolicyReference()] }, 'PolicyArns.member.1 must be a plain object'],
      ['a string for a list', { ...assumeRole, TransitiveTagKeys: 'Project' }, 'TransitiveTagKeys must be an array'],
      ['a Set for a list', { ...assumeRole, TransitiveTagKeys: new Set(['Project']) }, 'TransitiveTagKeys must be an array'],
    ])('should throw a TypeError for %s rather than drop it', (_case, input, message) => {
      const serialize = (): string => serializeQuery(OPERATIONS.AssumeRole, input);

      expect(serialize).toThrow(TypeError);
      expect(serialize).toThrow(message);
    });

    it.each([
      // eslint-disable-next-line no-sparse-arrays
      ['a leading hole', [, 'https://example.com'], 'Audience.member.1 has no wire form'],
      ['an array made with a length', new Array<string>(1), 'Audience.member.1 has no wire form'],
      // eslint-disable-next-line no-sparse-arrays
      ['a trailing hole', ['https://example.com', ,], 'Audience.member.2 has no wire form'],
    ])('should throw a TypeError for a list with %s, which forEach would skip', (_case, audience, message) => {
      const serialize = (): string => serializeQuery(OPERATIONS.GetWebIdentityToken, { Audience: audience, SigningAlgorithm: 'RS256' });

      expect(serialize).toThrow(TypeError);
      expect(serialize).toThrow(message);
    });

    it.each([
      ['an empty object', {}, 'TaskPolicyArn has no member set'],
      ['an object whose only member is undefined', { arn: undefined }, 'TaskPolicyArn has no member set'],
      ['a Date', new Date(0), 'TaskPolicyArn must be a plain object'],
      ['a Map', new Map([['arn', POLICY_ARN]]), 'TaskPolicyArn must be a plain object'],
      ['a class instance', new PolicyReference(), 'TaskPolicyArn must be a plain object'],
      ['an array', [{ arn: POLICY_ARN }], 'TaskPolicyArn must be a plain object'],
    ])('should throw a TypeError for a required TaskPolicyArn given %s rather than send nothing', (_case, taskPolicyArn, message) => {
      const serialize = (): string => serializeQuery(OPERATIONS.AssumeRoot, { TargetPrincipal: '111122223333', TaskPolicyArn: taskPolicyArn });

      expect(serialize).toThrow(TypeError);
      expect(serialize).toThrow(message);
    });

    it('should throw a TypeError for a whole input that is not a plain object', () => {
      expect(() => serializeQuery(OPERATIONS.GetCallerIdentity, new Date(0))).toThrow(new TypeError('input must be a plain object to be serialized'));
    });

    it('should never put a value in the TypeError', () => {
      const inputs = [
        { ...assumeRole, PolicyArns: [new PolicyReference()] },
        { ...assumeRole, PolicyArns: [{ Arn: POLICY_ARN }] },
        { ...assumeRole, TransitiveTagKeys: POLICY_ARN },
      ];

      for (const input of inputs) {
        expect(() => serializeQuery(OPERATIONS.AssumeRole, input)).toThrow(TypeError);
        expect(() => serializeQuery(OPERATIONS.AssumeRole, input)).not.toThrow(/secret-policy-name/);
      }
    });
  });

  it.each([
    ['a space and a plus', 'a b+c', 'a%20b%2Bc'],
    ["the characters encodeURIComponent spares: !'()*", "!'()*", '%21%27%28%29%2A'],
    ['unreserved characters (kept as they are)', 'AZaz09-_.~', 'AZaz09-_.~'],
    ['non-ASCII as UTF-8', 'é€', '%C3%A9%E2%82%AC'],
    ['an astral character as four UTF-8 bytes', '😀', '%F0%9F%98%80'],
    ['reserved delimiters', '&=/:?#', '%26%3D%2F%3A%3F%23'],
  ])('should encode %s as RFC 3986 says', (_case, value, encoded) => {
    const body = serializeQuery(OPERATIONS.DecodeAuthorizationMessage, { EncodedMessage: value });

    expect(body).toBe(`Action=DecodeAuthorizationMessage&Version=2011-06-15&EncodedMessage=${encoded}`);
  });
});
