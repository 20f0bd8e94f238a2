import { AdjustableClock } from '../src/clock.js';
import { MfaVerifier } from '../src/mfa/MfaVerifier.js';
import { totp } from '../src/mfa/totp.js';

// RFC 6238 Appendix B: seeds are the ASCII strings below; 8-digit codes.
const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
} as const;

const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe(totp.name, () => {
  it.each(VECTORS)('should match RFC 6238 at T=%d', (seconds, sha1, sha256, sha512) => {
    expect(totp(SEEDS.sha1, seconds * 1000, { digits: 8, algorithm: 'sha1' })).toBe(sha1);
    expect(totp(SEEDS.sha256, seconds * 1000, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
    expect(totp(SEEDS.sha512, seconds * 1000, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
  });

  it('should give 6 digits by default, the last 6 of the 8-digit code', () => {
    expect(totp(SEEDS.sha1, 59_000)).toBe('287082');
  });
});

describe(MfaVerifier.name, () => {
  const serial = 'arn:aws:iam::111122223333:mfa/alice';
  const start = 1_700_000_010_000; // 10 s into a 30 s step
  const setup = () => {
    const clock = new AdjustableClock({ now: () => start });
    return { clock, verifier: new MfaVerifier(clock) };
  };

  it('should accept the current code and the codes one step either side', () => {
    for (const drift of [-30_000, 0, 30_000]) {
      const { verifier } = setup();
      expect(verifier.verify(serial, SEEDS.sha1, totp(SEEDS.sha1, start + drift))).toBe(true);
    }
  });

  it('should refuse codes two steps away', () => {
    const { verifier } = setup();
    expect(verifier.verify(serial, SEEDS.sha1, totp(SEEDS.sha1, start - 60_000))).toBe(false);
    expect(verifier.verify(serial, SEEDS.sha1, totp(SEEDS.sha1, start + 60_000))).toBe(false);
  });

  it('should refuse a code used before, within its window', () => {
    const { clock, verifier } = setup();
    const code = totp(SEEDS.sha1, start);
    expect(verifier.verify(serial, SEEDS.sha1, code)).toBe(true);
    expect(verifier.verify(serial, SEEDS.sha1, code)).toBe(false);
    clock.advance(30_000);
    expect(verifier.verify(serial, SEEDS.sha1, code)).toBe(false);
    expect(verifier.verify(serial, SEEDS.sha1, totp(SEEDS.sha1, clock.now()))).toBe(true);
  });

  it('should refuse a wrong code', () => {
    const { verifier } = setup();
    const code = totp(SEEDS.sha1, start);
    expect(verifier.verify(serial, SEEDS.sha1, code === '000000' ? '111111' : '000000')).toBe(false);
  });
});
