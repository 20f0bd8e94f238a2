import { inspect } from 'node:util';
import { StsResponseError } from '../../src/errors/StsResponseError.js';
import { OPERATIONS } from '../../src/generated/operations.js';
import { webIdentityTokenAudienceListTypeShape } from '../../src/generated/shapes.js';
import type { OperationSchema } from '../../src/model/shapes.js';
import { parseSuccessBody } from '../../src/protocol/parseSuccessBody.js';
import { readFixture } from '../fixtures/readFixture.js';

function parse(operation: OperationSchema, body: string, requestId?: string) {
  return parseSuccessBody(operation, { statusCode: 200, body, requestId });
}

function parseError(operation: OperationSchema, body: string): StsResponseError {
  try {
    parse(operation, body);
  } catch (error) {
    if (error instanceof StsResponseError) return error;
    throw error;
  }
  throw new Error('expected an StsResponseError');
}

function envelope(action: string, result: string): string {
  return (
    `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result>${result}</${action}Result>` +
    `<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></${action}Response>`
  );
}

const CREDENTIALS =
  '<Credentials><AccessKeyId>ASIAENVELOPE00000001</AccessKeyId><SecretAccessKey>env-secret</SecretAccessKey>' +
  '<SessionToken>env-token</SessionToken><Expiration>2030-01-02T03:04:05Z</Expiration></Credentials>';

/** A GetSessionToken reply whose Credentials has one edit. */
function withCredentials(from: string, to: string): string {
  return envelope('GetSessionToken', CREDENTIALS.replace(from, to));
}

describe(parseSuccessBody.name, () => {
  it('should read a docs-style AssumeRole reply, trimming the padded session token', () => {
    const { output, requestId } = parse(OPERATIONS.AssumeRole, readFixture('AssumeRole-success-docs-style.xml'));

    expect(requestId).toBe('0f1e2d3c-aaaa-4bbb-8ccc-000000000001');
    expect(output).toEqual({
      SourceIdentity: 'Bruno',
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::098765432109:assumed-role/fixture-role/ci-run',
        AssumedRoleId: 'AROAFIXTURE0000ROLE:ci-run',
      },
      Credentials: {
        AccessKeyId: 'ASIAFIXTURE0000KEY01',
        SecretAccessKey: 'fixtureSecret/AssumeRole+DocsStyle0000001',
        SessionToken:
          'FixtureSessionTokenLine1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n' +
          '       FixtureSessionTokenLine2BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB==',
        Expiration: new Date('2030-04-02T08:15:00Z'),
      },
      PackedPolicySize: 11,
    });
  });

  it('should read members in any order, after leading whitespace, with fractional seconds', () => {
    const { output } = parse(OPERATIONS.AssumeRole, readFixture('AssumeRole-success-reordered.xml'));

    expect(output['Credentials']).toEqual({
      AccessKeyId: 'ASIAREORDERED0000001',
      SecretAccessKey: 'reordered_secret',
      SessionToken: 'reordered_session_token',
      Expiration: new Date('2030-01-31T23:59:59.123Z'),
    });
    expect(output['AssumedRoleUser']).toEqual({ Arn: 'arn:aws:sts::098765432109:assumed-role/reordered/s1', AssumedRoleId: 'AROAREORDERED:s1' });
  });

  it('should ignore a line break inside xmlns', () => {
    const { output, requestId } = parse(OPERATIONS.AssumeRoleWithSAML, readFixture('AssumeRoleWithSAML-success-newline-in-xmlns.xml'));

    expect(requestId).toBe('0f1e2d3c-aaaa-4bbb-8ccc-000000000003');
    expect(output).toMatchObject({ PackedPolicySize: 3, Credentials: { AccessKeyId: 'ASIASAMLNEWLINE00001' } });
  });

  it('should read every SAML member, keeping free-text strings as sent', () => {
    const { output } = parse(OPERATIONS.AssumeRoleWithSAML, readFixture('AssumeRoleWithSAML-success-all-members.xml'));

    expect(output).toMatchObject({
      Issuer: ' https://idp.fixture.example/saml2',
      Audience: 'https://signin.aws.amazon.com/saml',
      SubjectType: 'persistent',
      Subject: 'fixture-subject',
      NameQualifier: 'Zml4dHVyZS1uYW1lLXF1YWxpZmllcg==',
      SourceIdentity: 'FixtureSource',
      PackedPolicySize: 7,
      Credentials: { SessionToken: expect.stringMatching(/^FixtureSamlTokenLine1C+\n +FixtureSamlTokenLine2D+==$/) },
    });
  });

  it('should trim IDs, ARNs, keys, tokens and timestamps padded onto their own lines', () => {
    const { output } = parse(OPERATIONS.AssumeRoleWithWebIdentity, readFixture('AssumeRoleWithWebIdentity-success-padded.xml'));

    expect(output).toEqual({
      SubjectFromWebIdentityToken: 'amzn1.account.FIXTURESUBJECT0001',
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::098765432109:assumed-role/FixtureWebIdentityRole/app7',
        AssumedRoleId: 'AROAFIXTUREWEBID:app7',
      },
      Credentials: {
        SessionToken: 'FixtureWebIdentitySessionToken+EEEE/FFFF==',
        SecretAccessKey: 'webidentity_secret',
        Expiration: new Date('2030-05-14T23:00:23Z'),
        AccessKeyId: 'ASIAFIXTUREWEBID0001',
      },
    });
  });

  it('should keep an Account with a leading zero a string, and fall back to the header request id', () => {
    const body = readFixture('GetCallerIdentity-success.xml').replace(/<ResponseMetadata>[\s\S]*<\/ResponseMetadata>/, '');
    const { output, requestId } = parse(OPERATIONS.GetCallerIdentity, body, 'header-request-id');

    expect(output).toEqual({ Arn: 'arn:aws:iam::012345678901:user/Fixture', UserId: 'AIDAFIXTUREUSER00001', Account: '012345678901' });
    expect(requestId).toBe('header-request-id');
  });

  it('should prefer the body request id to the header', () => {
    expect(parse(OPERATIONS.GetSessionToken, readFixture('GetSessionToken-success.xml'), 'header-id').requestId).toBe(
      '0f1e2d3c-aaaa-4bbb-8ccc-000000000008',
    );
  });

  it('should conceal the secret key and session token of Credentials from JSON.stringify and util.inspect', () => {
    const { output } = parse(OPERATIONS.GetSessionToken, readFixture('GetSessionToken-success.xml'));
    const credentials = output['Credentials'] as Record<string, unknown>;

    expect(credentials['SecretAccessKey']).toBe('fixtureSecret/GetSessionToken000000000001');
    for (const printed of [JSON.stringify(output), inspect(output, { depth: 5 })]) {
      expect(printed).toContain('ASIAFIXTURESESSION01');
      expect(printed).not.toContain('fixtureSecret');
      expect(printed).not.toContain('FixtureSessionToken');
    }
  });

  it('should conceal the WebIdentityToken of GetWebIdentityToken', () => {
    const result = '<WebIdentityToken>eyJ.fixture.jwt</WebIdentityToken><Expiration>2030-01-01T00:05:00Z</Expiration>';
    const body = envelope('GetWebIdentityToken', result);
    const { output } = parse(OPERATIONS.GetWebIdentityToken, body);

    expect(output['WebIdentityToken']).toBe('eyJ.fixture.jwt');
    expect(JSON.stringify(output)).not.toContain('eyJ.fixture.jwt');
    expect(inspect(output)).not.toContain('eyJ.fixture.jwt');
  });

  it('should decode entities of a DecodedMessage exactly, CDATA verbatim', () => {
    const body = envelope(
      'DecodeAuthorizationMessage',
      '<DecodedMessage>{&quot;allowed&quot;:false,&#10;&quot;a&quot;:&quot;&lt;&amp;&gt;&apos;&#x1F600;&amp;lt;&quot;} </DecodedMessage>',
    );
    const cdata = envelope('DecodeAuthorizationMessage', '<DecodedMessage><![CDATA[{"b":"&lt;"}]]></DecodedMessage>');

    expect(parse(OPERATIONS.DecodeAuthorizationMessage, body).output).toEqual({
      DecodedMessage: '{"allowed":false,\n"a":"<&>\'😀&lt;"} ',
    });
    expect(parse(OPERATIONS.DecodeAuthorizationMessage, cdata).output).toEqual({ DecodedMessage: '{"b":"&lt;"}' });
  });

  it('should read the FederatedUser and PackedPolicySize of GetFederationToken, ignoring unknown elements', () => {
    const body = envelope(
      'GetFederationToken',
      `<FutureMember><Nested>1</Nested></FutureMember>${CREDENTIALS}<FederatedUser><Arn>arn:aws:sts::123456789012:federated-user/Bob</Arn>` +
        '<FederatedUserId>123456789012:Bob</FederatedUserId></FederatedUser><PackedPolicySize> 42 </PackedPolicySize>',
    );

    expect(parse(OPERATIONS.GetFederationToken, body).output).toMatchObject({
      FederatedUser: { Arn: 'arn:aws:sts::123456789012:federated-user/Bob', FederatedUserId: '123456789012:Bob' },
      PackedPolicySize: 42,
    });
  });

  it('should read namespace-prefixed elements and an empty result', () => {
    const prefixed =
      '<sts:GetAccessKeyInfoResponse xmlns:sts="https://sts.amazonaws.com/doc/2011-06-15/"><sts:GetAccessKeyInfoResult>' +
      '<sts:Account>000123456789</sts:Account></sts:GetAccessKeyInfoResult></sts:GetAccessKeyInfoResponse>';

    expect(parse(OPERATIONS.GetAccessKeyInfo, prefixed).output).toEqual({ Account: '000123456789' });
    expect(parse(OPERATIONS.GetCallerIdentity, envelope('GetCallerIdentity', '')).output).toEqual({});
  });

  it('should not expand entities a DOCTYPE declares', () => {
    const body = `<!DOCTYPE x [<!ENTITY a "expanded">]>${envelope('GetAccessKeyInfo', '<Account>&a;</Account>')}`;

    expect(parse(OPERATIONS.GetAccessKeyInfo, body).output).toEqual({ Account: '&a;' });
  });

  it('should keep a one-element list a list', () => {
    const listOperation: OperationSchema = {
      ...OPERATIONS.GetWebIdentityToken,
      output: { kind: 'structure', members: { Audience: webIdentityTokenAudienceListTypeShape }, required: [] },
    };
    const audience = (xml: string) => parse(listOperation, envelope('GetWebIdentityToken', xml)).output['Audience'];

    expect(audience('<Audience><member>one</member></Audience>')).toEqual(['one']);
    expect(audience('<Audience><member>a</member><Unknown/><member>b</member></Audience>')).toEqual(['a', 'b']);
    expect(audience('<Audience/>')).toEqual([]);
  });

  it.each([
    [
      'the malformed AssumeRoot sample',
      OPERATIONS.AssumeRoot,
      readFixture('AssumeRoot-malformed-closing-tag.xml'),
      /^reply is not well-formed XML \(InvalidTag at line 12\)/,
    ],
    ['an empty body', OPERATIONS.GetCallerIdentity, '', /^reply is empty/],
    [
      'an HTML page',
      OPERATIONS.GetCallerIdentity,
      '<html><body><p>Bad gateway<br></body></html>',
      /^reply is not well-formed XML/,
    ],
    ['a JSON body', OPERATIONS.GetCallerIdentity, '{"Account":"1"}', /^reply is not XML/],
    [
      'a truncated body',
      OPERATIONS.GetSessionToken,
      readFixture('GetSessionToken-success.xml').slice(0, 300),
      /^reply is not well-formed XML/,
    ],
    [
      "another operation's reply",
      OPERATIONS.AssumeRole,
      readFixture('GetSessionToken-success.xml'),
      /^reply root is <GetSessionTokenResponse>, expected <AssumeRoleResponse>/,
    ],
    [
      'an error document',
      OPERATIONS.AssumeRole,
      readFixture('ErrorResponse-Throttling.xml'),
      /^reply root is <ErrorResponse>, expected <AssumeRoleResponse>/,
    ],
    [
      'a reply without the result element',
      OPERATIONS.DecodeAuthorizationMessage,
      '<DecodeAuthorizationMessageResponse><DecodedMessage>x</DecodedMessage></DecodeAuthorizationMessageResponse>',
      /^missing <DecodeAuthorizationMessageResult>/,
    ],
    [
      'a Credentials without AccessKeyId',
      OPERATIONS.GetSessionToken,
      withCredentials('<AccessKeyId>ASIAENVELOPE00000001</AccessKeyId>', ''),
      /^missing Credentials\.AccessKeyId/,
    ],
    [
      'a bad Expiration',
      OPERATIONS.GetSessionToken,
      withCredentials('2030-01-02T03:04:05Z', 'tomorrow'),
      /^Credentials\.Expiration is not a timestamp/,
    ],
    [
      'an impossible Expiration',
      OPERATIONS.GetSessionToken,
      withCredentials('2030-01-02', '2030-13-02'),
      /^Credentials\.Expiration is not a timestamp/,
    ],
    [
      'a bad PackedPolicySize',
      OPERATIONS.AssumeRole,
      envelope('AssumeRole', '<PackedPolicySize>6%</PackedPolicySize>'),
      /^PackedPolicySize is not an integer/,
    ],
  ])('should throw StsResponseError for %s', (_case, operation, body, reason) => {
    const error = parseError(operation, body);

    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/\(HTTP 200\)$/);
    expect(error.statusCode).toBe(200);
  });

  it('should put a request id and a secret-free excerpt on the error', () => {
    const error = parseError(OPERATIONS.GetSessionToken, withCredentials('2030-01-02T03:04:05Z', 'soon'));

    expect(error.requestId).toBe('req-1');
    expect(error.excerpt).toContain('<SecretAccessKey>[redacted]');
    expect(`${error.message} ${error.excerpt}`).not.toMatch(/env-secret|env-token/);
  });
});
