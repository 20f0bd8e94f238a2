import { canonicalRequest, type ReceivedRequest } from '../src/auth/canonicalRequest.js';
import { parseAuthorization } from '../src/auth/parseAuthorization.js';
import { computeSignature, signingKey, stringToSign } from '../src/auth/signature.js';
import { SUITE_AMZ_DATE, SUITE_CASES, SUITE_CREDENTIALS, SUITE_SCOPE, type SuiteCase } from './sigv4.fixture.js';

function received(suiteCase: SuiteCase): ReceivedRequest {
  return {
    method: suiteCase.method,
    target: suiteCase.target,
    rawHeaders: suiteCase.rawHeaders,
    body: Buffer.from(suiteCase.body),
    header: () => undefined,
  };
}

describe(canonicalRequest.name, () => {
  it.each(SUITE_CASES.map((suiteCase) => [suiteCase.name, suiteCase] as const))('should reproduce the AWS suite signature for %s', (_name, suiteCase) => {
    const key = signingKey(SUITE_CREDENTIALS.secretAccessKey, '20150830', 'us-east-1', 'service');
    const signature = computeSignature(key, stringToSign(SUITE_AMZ_DATE, SUITE_SCOPE, canonicalRequest(received(suiteCase), suiteCase.signedHeaders)));
    expect(signature).toBe(suiteCase.signature);
  });

  it('should hash the exact body bytes, so a body changed after signing no longer matches', () => {
    const suiteCase = SUITE_CASES.find((candidate) => candidate.name === 'post-x-www-form-urlencoded')!;
    const altered = { ...suiteCase, body: 'Param1=value2' };
    const key = signingKey(SUITE_CREDENTIALS.secretAccessKey, '20150830', 'us-east-1', 'service');
    const signature = computeSignature(key, stringToSign(SUITE_AMZ_DATE, SUITE_SCOPE, canonicalRequest(received(altered), altered.signedHeaders)));
    expect(signature).not.toBe(suiteCase.signature);
  });
});

describe(signingKey.name, () => {
  it('should derive the signing key of the AWS documentation example', () => {
    // General Reference, "Examples of how to derive a signing key": IAM, us-east-1, 20150830.
    expect(signingKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20150830', 'us-east-1', 'iam').toString('hex')).toBe(
      'c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9',
    );
  });
});

describe(parseAuthorization.name, () => {
  it('should read the credential scope, signed headers and signature', () => {
    const parsed = parseAuthorization(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/sts/aws4_request, SignedHeaders=Host;x-amz-date, Signature=abc',
    );
    expect(parsed).toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      scopeDate: '20150830',
      region: 'us-east-1',
      service: 'sts',
      scope: '20150830/us-east-1/sts/aws4_request',
      signedHeaders: ['host', 'x-amz-date'],
      signature: 'abc',
    });
  });

  it.each([
    ['AWS4-ECDSA-P256-SHA256 Credential=a/b/c/d/aws4_request, SignedHeaders=host, Signature=x', "Unsupported AWS 'algorithm'"],
    ['AWS4-HMAC-SHA256 SignedHeaders=host, Signature=x', "requires 'Credential' parameter"],
    ['AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/sts, SignedHeaders=host, Signature=x', 'exactly 5 slash-delimited elements'],
  ])('should refuse %s with IncompleteSignature', (header, message) => {
    expect(() => parseAuthorization(header)).toThrow(expect.objectContaining({ code: 'IncompleteSignature', message: expect.stringContaining(message) }));
  });
});
