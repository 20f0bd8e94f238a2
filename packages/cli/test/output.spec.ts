import { cliTimestamp } from '../src/output/cliTimestamp.js';
import { formatText } from '../src/output/formatText.js';
import { toCliData } from '../src/output/toCliData.js';
import { concealSecrets } from '@stskit/sts';

describe(cliTimestamp.name, () => {
  it.each([
    ['2026-11-23T07:07:04.000Z', '2026-11-23T07:07:04+00:00'],
    ['2025-11-11T22:44:21.703Z', '2025-11-11T22:44:21.703000+00:00'],
  ])('should print %s as AWS CLI v2 does', (iso, printed) => {
    expect(cliTimestamp(new Date(iso))).toBe(printed);
  });
});

describe(toCliData.name, () => {
  it('should drop $metadata, format dates and reveal concealed secrets', () => {
    const credentials = concealSecrets(
      { AccessKeyId: 'ASIA', SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date('2026-01-01T00:00:00Z') },
      ['SecretAccessKey', 'SessionToken'],
    );
    expect(JSON.stringify(toCliData({ Credentials: credentials, $metadata: { attempts: 1 } }))).toBe(
      '{"Credentials":{"AccessKeyId":"ASIA","SecretAccessKey":"secret","SessionToken":"token","Expiration":"2026-01-01T00:00:00+00:00"}}',
    );
  });
});

describe(formatText.name, () => {
  it('should print scalars first in key order, then nested structures by their capitalised names', () => {
    const text = formatText({
      PackedPolicySize: 5,
      Credentials: { AccessKeyId: 'ASIA', SecretAccessKey: 's', SessionToken: 't', Expiration: 'e' },
      AssumedRoleUser: { AssumedRoleId: 'AROA:s', Arn: 'arn' },
    });
    expect(text).toBe('5\nASSUMEDROLEUSER\tarn\tAROA:s\nCREDENTIALS\tASIA\te\ts\tt\n');
  });

  it('should line up the items of a list on the keys of all of them', () => {
    expect(formatText({ Tags: [{ Key: 'a', Value: '1' }, { Key: 'b' }] })).toBe('TAGS\ta\t1\nTAGS\tb\t\n');
  });

  it('should print a list of scalars one per line under its name', () => {
    expect(formatText({ Audience: ['x', 'y'] })).toBe('AUDIENCE\tx\nAUDIENCE\ty\n');
  });
});
