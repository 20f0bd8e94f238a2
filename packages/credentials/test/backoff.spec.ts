import { RETRY_BACKOFF_MAX_MS, RETRY_BACKOFF_MIN_MS, retryDelayMs } from '../src/backoff.js';
import { HOUR, MINUTE } from './fakeSource.js';

describe(retryDelayMs.name, () => {
  it.each([
    { random: 0, delay: 5 * MINUTE },
    { random: 0.5, delay: 7.5 * MINUTE },
    { random: 0.999_999, delay: 10 * MINUTE - 0.3 },
  ])('should wait between 5 and 10 minutes (random $random -> $delay ms)', ({ random, delay }) => {
    expect(retryDelayMs(() => random, HOUR)).toBeCloseTo(delay, 3);
  });

  it('should stay within its range for any random value', () => {
    for (let i = 0; i < 1_000; i++) {
      const delay = retryDelayMs(Math.random, HOUR);
      expect(delay).toBeGreaterThanOrEqual(RETRY_BACKOFF_MIN_MS);
      expect(delay).toBeLessThan(RETRY_BACKOFF_MAX_MS);
    }
  });

  it.each([
    { maxDelay: 2 * MINUTE, delay: 2 * MINUTE },
    { maxDelay: 0, delay: 0 },
    { maxDelay: -5, delay: 0 },
  ])('should never wait past the cap of $maxDelay ms', ({ maxDelay, delay }) => {
    expect(retryDelayMs(() => 0.5, maxDelay)).toBe(delay);
  });
});
