import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS, FIRST_BACKOFF_MS, MAX_BACKOFF_MS, backoffDelay, mayRunNow, rateLimitBackoff, transientBackoff } from './backoff';

describe('backoffDelay', () => {
  it('doubles from one minute', () => {
    expect(backoffDelay(1, 0.5)).toBe(FIRST_BACKOFF_MS);
    expect(backoffDelay(2, 0.5)).toBe(2 * FIRST_BACKOFF_MS);
    expect(backoffDelay(3, 0.5)).toBe(4 * FIRST_BACKOFF_MS);
  });

  it('keeps jitter within twenty percent', () => {
    for (const random of [0, 0.25, 0.999]) {
      const delay = backoffDelay(2, random);
      expect(delay).toBeGreaterThanOrEqual(0.8 * 2 * FIRST_BACKOFF_MS);
      expect(delay).toBeLessThan(1.2 * 2 * FIRST_BACKOFF_MS);
    }
  });

  it('caps at thirty minutes', () => {
    expect(backoffDelay(6, 0.999)).toBe(MAX_BACKOFF_MS);
    expect(backoffDelay(50, 0)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    expect(backoffDelay(50, 0.999)).toBe(MAX_BACKOFF_MS);
  });
});

describe('transientBackoff', () => {
  it('counts consecutive failures', () => {
    const first = transientBackoff(null, 0, 0.5);
    const second = transientBackoff(first, 1000, 0.5);
    expect(first).toEqual({ failures: 1, until: FIRST_BACKOFF_MS, rateLimited: false });
    expect(second).toEqual({ failures: 2, until: 1000 + 2 * FIRST_BACKOFF_MS, rateLimited: false });
  });
});

describe('rateLimitBackoff', () => {
  it('waits exactly Retry-After', () => {
    expect(rateLimitBackoff(null, 1000, 30_000)).toEqual({ failures: 0, until: 31_000, rateLimited: true });
  });

  it('waits a minute without Retry-After', () => {
    expect(rateLimitBackoff(null, 0, undefined).until).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(rateLimitBackoff(null, 0, Number.NaN).until).toBe(DEFAULT_RETRY_AFTER_MS);
  });
});

describe('mayRunNow', () => {
  const errorWait = { failures: 1, until: 5000, rateLimited: false };
  const limitWait = { failures: 0, until: 5000, rateLimited: true };

  it('lets the user skip an error wait', () => {
    expect(mayRunNow(errorWait, 1000, false)).toBe(false);
    expect(mayRunNow(errorWait, 1000, true)).toBe(true);
  });

  it('honours a 429 wait even for the user', () => {
    expect(mayRunNow(limitWait, 1000, true)).toBe(false);
    expect(mayRunNow(limitWait, 5000, false)).toBe(true);
  });
});
