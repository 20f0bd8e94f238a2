import { accountOfAccessKeyId, mintAccessKeyId } from '../src/identity/accessKeyIds.js';
import { decodeBase32, encodeBase32 } from '../src/identity/base32.js';

describe(mintAccessKeyId.name, () => {
  it.each(['000000000001', '111122223333', '999999999999'])('should encode account %s so it can be read back', (accountId) => {
    const keyId = mintAccessKeyId('ASIA', accountId);
    expect(keyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(accountOfAccessKeyId(keyId)).toBe(accountId);
  });

  it('should read no account from an ID that is not in the AWS format', () => {
    expect(accountOfAccessKeyId('not-a-key-id-at-all')).toBeUndefined();
  });
});

describe(encodeBase32.name, () => {
  it('should match RFC 4648 test vectors and round-trip', () => {
    expect(encodeBase32(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(Buffer.from(decodeBase32('MZXW6YTBOI======')).toString()).toBe('foobar');
  });
});
