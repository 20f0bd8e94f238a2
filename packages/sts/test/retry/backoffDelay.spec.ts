import { backoffDelay } from '../../src/retry/backoffDelay.js';

describe(backoffDelay.name, () => {
  it.each([
    ['transient', 1, 100],
    ['transient', 2, 200],
    ['transient', 3, 400],
    ['throttling', 1, 500],
    ['throttling', 3, 2000],
    ['throttling', 10, 20_000],
  ] as const)('should cap a %s delay after attempt %i at %i ms', (kind, attempt, ceiling) => {
    expect(backoffDelay(kind, attempt, () => 0.999999)).toBe(ceiling - 1);
    expect(backoffDelay(kind, attempt, () => 0)).toBe(0);
  });

  it('should scale the ceiling by the random draw (full jitter)', () => {
    expect(backoffDelay('transient', 2, () => 0.5)).toBe(100);
  });
});
