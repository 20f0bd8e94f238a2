import { ClockOffset } from '../../src/signing/ClockOffset.js';

const clockAt = (ms: number) => ({ now: () => ms });
const LOCAL = Date.parse('2026-01-01T00:00:00Z');

describe(ClockOffset.name, () => {
  it('should sign with the local time while no skew is known', () => {
    expect(new ClockOffset(clockAt(LOCAL)).signingDate().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('should learn an offset of more than 5 minutes from a Date header and keep it', () => {
    const offset = new ClockOffset(clockAt(LOCAL));
    expect(offset.update('Thu, 01 Jan 2026 00:20:00 GMT')).toBe(true);
    expect(offset.offsetMs).toBe(20 * 60 * 1000);
    expect(offset.signingDate().toISOString()).toBe('2026-01-01T00:20:00.000Z');
    expect(offset.update('Thu, 01 Jan 2026 00:20:01 GMT')).toBe(false);
  });

  it('should learn a clock that runs ahead too', () => {
    const offset = new ClockOffset(clockAt(LOCAL));
    expect(offset.update('Wed, 31 Dec 2025 23:40:00 GMT')).toBe(true);
    expect(offset.offsetMs).toBe(-20 * 60 * 1000);
  });

  it.each([undefined, '', 'not a date'])('should ignore a missing or unreadable header (%p)', (header) => {
    const offset = new ClockOffset(clockAt(LOCAL));
    expect(offset.update(header)).toBe(false);
    expect(offset.offsetMs).toBe(0);
  });

  it('should ignore a difference under 5 minutes', () => {
    const offset = new ClockOffset(clockAt(LOCAL));
    expect(offset.update('Thu, 01 Jan 2026 00:04:00 GMT')).toBe(false);
  });
});
