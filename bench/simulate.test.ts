import './browser-stub';
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';

describe('simulate', () => {
  it('engine notifies every scripted activity once', async () => {
    const result = await simulate({
      strategy: 'engine',
      invoiceCount: 200,
      openCount: 40,
      durationMs: 2 * 3600_000,
      intervalMs: 60_000,
      drainSyncs: 60,
      seed: 3,
      historyDays: 365,
    });

    expect(result.truth.events.size).toBeGreaterThan(0);
    expect(result.truth.duplicates()).toBe(0);
    expect(result.truth.misses()).toBe(0);
    expect(result.truth.spurious).toBe(0);
  }, 60_000);
});
