import { parseErrorBody } from '../../src/protocol/parseErrorBody.js';
import { readFixture } from '../fixtures/readFixture.js';

describe(parseErrorBody.name, () => {
  it.each([
    ['ErrorResponse-Throttling.xml', 'Throttling', 'Rate exceeded', '0f1e2d3c-aaaa-4bbb-8ccc-000000000009'],
    ['ErrorResponse-ExpiredTokenException.xml', 'ExpiredTokenException', 'Token too old: 123456', '0f1e2d3c-aaaa-4bbb-8ccc-000000000010'],
    [
      'ErrorResponse-AccessDenied.xml',
      'AccessDenied',
      'GetSessionToken call failed, unable to validate MFA code.  Please verify your MFA serial number.',
      '0f1e2d3c-aaaa-4bbb-8ccc-000000000011',
    ],
    [
      'ErrorResponse-RegionDisabledException-no-namespace.xml',
      'RegionDisabledException',
      'STS is not activated in this fixture region',
      'fixture-id',
    ],
  ])('should read %s', (fixture, code, message, requestId) => {
    expect(parseErrorBody(readFixture(fixture))).toEqual({ code, message, type: 'Sender', requestId });
  });

  it('should accept a document with only a Code', () => {
    expect(parseErrorBody('<ErrorResponse><Error><Code> InternalFailure </Code></Error></ErrorResponse>')).toEqual({
      code: 'InternalFailure',
      message: '',
      type: undefined,
      requestId: undefined,
    });
  });

  it('should unwrap the EC2-style Errors/Error nesting', () => {
    const body =
      '<Response><Errors><Error><Code>ServiceUnavailable</Code><Message>Try again</Message></Error></Errors>' +
      '<RequestID>ec2-style-id</RequestID></Response>';

    expect(parseErrorBody(body)).toEqual({ code: 'ServiceUnavailable', message: 'Try again', type: undefined, requestId: 'ec2-style-id' });
  });

  it('should read a Receiver fault and ignore an unknown Type', () => {
    const receiver = parseErrorBody('<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code></Error></ErrorResponse>');
    const unknown = parseErrorBody('<ErrorResponse><Error><Type>Client</Type><Code>InternalFailure</Code></Error></ErrorResponse>');

    expect(receiver?.type).toBe('Receiver');
    expect(unknown?.type).toBeUndefined();
  });

  it('should decode entities in the message', () => {
    const body =
      '<ErrorResponse><Error><Code>ValidationError</Code>' +
      '<Message>Value at &apos;roleSessionName&apos; &lt; 2</Message></Error></ErrorResponse>';

    expect(parseErrorBody(body)?.message).toBe("Value at 'roleSessionName' < 2");
  });

  it.each([
    ['an empty body', ''],
    ['plain text', 'Service Unavailable'],
    ['an HTML page', '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'],
    ['a truncated error document', readFixture('ErrorResponse-Throttling.xml').slice(0, 80)],
    ['an error without a Code', '<ErrorResponse><Error><Message>no code</Message></Error></ErrorResponse>'],
    ['a blank Code', '<ErrorResponse><Error><Code>  </Code></Error></ErrorResponse>'],
    ['a success reply', readFixture('GetCallerIdentity-success.xml')],
  ])('should return undefined for %s', (_case, body) => {
    expect(parseErrorBody(body)).toBeUndefined();
  });
});
