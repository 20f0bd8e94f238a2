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
