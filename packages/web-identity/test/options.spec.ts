import { StsClient } from '@stskit/sts';
import { fromWebIdentity, type FromWebIdentityInit } from '../src/fromWebIdentity.js';
import { expectInvalidOptions } from '../../../test/support/expectInvalidOptions.js';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/web';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.token.signature';

describe(`${fromWebIdentity.name} options`, () => {
  it.each([
    { init: { webIdentityToken: TOKEN }, problem: 'roleArn is required' },
    { init: { roleArn: 'arn:short', webIdentityToken: TOKEN }, problem: 'roleArn must be a string of 20 to 2048 characters' },
    { init: { roleArn: ROLE_ARN }, problem: 'give exactly one of webIdentityToken and webIdentityTokenFile' },
    {
      init: { roleArn: ROLE_ARN, webIdentityToken: TOKEN, webIdentityTokenFile: '/token' },
      problem: 'give exactly one of webIdentityToken and webIdentityTokenFile',
    },
    { init: { roleArn: ROLE_ARN, webIdentityToken: 'abc' }, problem: 'webIdentityToken must be a string of 4 to 20000 characters' },
    { init: { roleArn: ROLE_ARN, webIdentityTokenFile: '' }, problem: 'webIdentityTokenFile must be a string of at least 1 characters' },
    { init: { roleArn: ROLE_ARN, webIdentityToken: TOKEN, roleSessionName: 'a b' }, problem: 'roleSessionName must be a string of 2 to 64' },
    { init: { roleArn: ROLE_ARN, webIdentityToken: TOKEN, providerId: 'x' }, problem: 'providerId must be a string of 4 to 2048' },
    { init: { roleArn: ROLE_ARN, webIdentityToken: TOKEN, policy: '' }, problem: 'policy must be a string of 1 to 2048' },
    { init: { roleArn: ROLE_ARN, webIdentityToken: TOKEN, policyArns: 'arn' }, problem: 'policyArns must be an array' },
    { init: { roleArn: ROLE_ARN, webIdentityToken: TOKEN, durationSeconds: 43201 }, problem: 'durationSeconds must be an integer from 900 to 43200' },
  ])('should reject $problem before any request', ({ init, problem }) => {
    expectInvalidOptions((fake) => fromWebIdentity({ ...(init as FromWebIdentityInit), ...fake }), problem);
  });

  it('should name every bad option in one message, never quoting a token', () => {
    const create = () => fromWebIdentity({ roleArn: 'arn:short', webIdentityToken: 'abc', durationSeconds: 60 });
    expect(create).toThrow(
      'fromWebIdentity: invalid options: webIdentityToken must be a string of 4 to 20000 characters; ' +
        'roleArn must be a string of 20 to 2048 characters matching ',
    );
    expect(create).toThrow(/durationSeconds must be an integer from 900 to 43200$/u);
    expect(create).not.toThrow(/\babc\b/u);
  });

  it('should throw a TypeError for a client given with clientConfig', () => {
    const client = new StsClient();
    expect(() => fromWebIdentity({ roleArn: ROLE_ARN, webIdentityToken: TOKEN, client, clientConfig: {} })).toThrow(TypeError);
  });
});
