import { RetryQuota } from '../../src/retry/RetryQuota.js';

describe(RetryQuota.name, () => {
  it('should charge 5 tokens a retry and 10 a timeout retry', () => {
    const quota = new RetryQuota();
    expect(quota.acquire(false)).toBe(5);
    expect(quota.acquire(true)).toBe(10);
    expect(quota.available).toBe(485);
  });

  it('should refuse retries once the bucket is empty, so calls fail fast in an outage', () => {
    const quota = new RetryQuota();
    for (let i = 0; i < 100; i++) expect(quota.acquire(false)).toBe(5);
    expect(quota.acquire(false)).toBeUndefined();
  });

  it('should refund a retry cost on success and one token otherwise, never above 500', () => {
    const quota = new RetryQuota();
    quota.acquire(true);
    quota.release(10);
    expect(quota.available).toBe(500);
    quota.release(undefined);
    expect(quota.available).toBe(500);
    quota.acquire(false);
    quota.release(undefined);
    expect(quota.available).toBe(496);
  });
});
