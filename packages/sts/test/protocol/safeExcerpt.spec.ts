import { safeExcerpt } from '../../src/protocol/safeExcerpt.js';
import { readFixture } from '../fixtures/readFixture.js';

describe(safeExcerpt.name, () => {
  it('should blank every secret element and keep the rest', () => {
    const body =
      '<R><AccessKeyId>ASIAKEEP</AccessKeyId><SecretAccessKey>s3cr3t</SecretAccessKey><SessionToken>t0k3n</SessionToken>' +
      '<WebIdentityToken>jwt</WebIdentityToken><SAMLAssertion>PHNhbWw+</SAMLAssertion><TradeInToken>trade</TradeInToken></R>';

    expect(safeExcerpt(body, 1000)).toBe(
      '<R><AccessKeyId>ASIAKEEP</AccessKeyId><SecretAccessKey>[redacted]</SecretAccessKey><SessionToken>[redacted]</SessionToken>' +
        '<WebIdentityToken>[redacted]</WebIdentityToken><SAMLAssertion>[redacted]</SAMLAssertion><TradeInToken>[redacted]</TradeInToken></R>',
    );
  });

  it('should blank a secret whose element was cut off before its closing tag', () => {
    expect(safeExcerpt('<Credentials><SessionToken>FQoGZXIvYXdzEJr//////////wEaD')).toBe('<Credentials><SessionToken>[redacted]');
  });

  it('should blank secrets with a namespace prefix, attributes or CDATA', () => {
    const body = '<a:SecretAccessKey x="1"><![CDATA[k<e>y]]></a:SecretAccessKey><SessionToken >x</SessionToken >';

    expect(safeExcerpt(body)).toBe('<a:SecretAccessKey x="1">[redacted]</a:SecretAccessKey><SessionToken >[redacted]</SessionToken >');
  });

  it('should not blank elements whose names only start like a secret', () => {
    expect(safeExcerpt('<SessionTokenExpiry>2030</SessionTokenExpiry>')).toBe('<SessionTokenExpiry>2030</SessionTokenExpiry>');
  });

  it('should cut to about the requested length, marking the cut', () => {
    const excerpt = safeExcerpt(readFixture('GetSessionToken-success.xml'));

    expect(excerpt).toHaveLength(201);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).not.toContain('FixtureSessionToken');
    expect(excerpt).not.toContain('fixtureSecret');
  });

  it('should not split a surrogate pair when cutting', () => {
    expect(safeExcerpt('ab😀cd', 3)).toBe('ab…');
  });

  it('should fold whitespace and escape control characters', () => {
    expect(safeExcerpt('\n   <R>\ta\u0000b\u001b[31m\u202e</R>\r\n')).toBe('<R> a\\u0000b\\u001b[31m\\u202e</R>');
  });

  it('should leave a long secret blanked even when it is longer than the scanned part', () => {
    const body = `<SAMLAssertion>${'P'.repeat(100_000)}</SAMLAssertion><After>x</After>`;

    expect(safeExcerpt(body)).toBe('<SAMLAssertion>[redacted]');
  });
});
