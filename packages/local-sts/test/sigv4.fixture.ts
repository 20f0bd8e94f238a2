/**
 * Cases of the AWS SigV4 test suite (docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html):
 * request as sent, and the signature AWS published for it.
 */
export const SUITE_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
export const SUITE_AMZ_DATE = '20150830T123600Z';
export const SUITE_SCOPE = '20150830/us-east-1/service/aws4_request';

export interface SuiteCase {
  readonly name: string;
  readonly method: string;
  readonly target: string;
  readonly rawHeaders: readonly string[];
  readonly body: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const HOST = ['Host', 'example.amazonaws.com'];
const DATE = ['X-Amz-Date', SUITE_AMZ_DATE];

export const SUITE_CASES: readonly SuiteCase[] = [
  { name: 'get-vanilla', method: 'GET', target: '/', rawHeaders: [...HOST, ...DATE], body: '', signedHeaders: ['host', 'x-amz-date'], signature: '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31' },
  { name: 'get-vanilla-query-order-key-case', method: 'GET', target: '/?Param2=value2&Param1=value1', rawHeaders: [...HOST, ...DATE], body: '', signedHeaders: ['host', 'x-amz-date'], signature: 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500' },
  { name: 'post-vanilla', method: 'POST', target: '/', rawHeaders: [...HOST, ...DATE], body: '', signedHeaders: ['host', 'x-amz-date'], signature: '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b' },
  { name: 'post-vanilla-query', method: 'POST', target: '/?Param1=value1', rawHeaders: [...HOST, ...DATE], body: '', signedHeaders: ['host', 'x-amz-date'], signature: '28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11' },
  {
    name: 'get-header-key-duplicate',
    method: 'GET',
    target: '/',
    rawHeaders: [...HOST, 'My-Header1', 'value2', 'My-Header1', 'value2', 'My-Header1', 'value1', ...DATE],
    body: '',
    signedHeaders: ['host', 'my-header1', 'x-amz-date'],
    signature: 'c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea',
  },
  {
    name: 'post-x-www-form-urlencoded',
    method: 'POST',
    target: '/',
    rawHeaders: ['Content-Type', 'application/x-www-form-urlencoded', ...HOST, ...DATE],
    body: 'Param1=value1',
    signedHeaders: ['content-type', 'host', 'x-amz-date'],
    signature: 'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a',
  },
];
