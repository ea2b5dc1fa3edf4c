import { describe, expect, it } from 'vitest';
import { CLOSED_WINDOW_SECONDS, FLOOR_SECONDS, detailBudget, planDetailReads, planLimits, readInterval, urgency } from './planner';
import type { PlanLimits } from './planner';
import type { InvoiceEntry } from './state';

const NOW = 2_000_000_000;
const HOUR = 3600;
const DAY = 86_400;

function entry(overrides: Partial<InvoiceEntry> = {}): InvoiceEntry {
  return { s: 'Unpaid', t: 100, d: null, o: NOW - 30 * DAY, f: NOW - 40 * DAY, c: NOW - 40 * DAY, r: NOW - 2 * HOUR, k: [], ...overrides };
}

describe('detailBudget', () => {
  const base = { base: 8, boostUntil: 0, now: 1000 };

  it('caps at three times the setting and scales with conditions', () => {
    expect(detailBudget({ ...base, conditions: { online: true, idleState: 'active' } })).toBe(24);
    expect(detailBudget({ ...base, conditions: { online: true, idleState: 'idle' } })).toBe(12);
    expect(detailBudget({ ...base, conditions: { online: true, idleState: 'locked' } })).toBe(1);
    expect(detailBudget({ ...base, conditions: { online: false, idleState: 'active' } })).toBe(0);
  });

  it('keeps at least one read when idle', () => {
    expect(detailBudget({ ...base, base: 1, conditions: { online: true, idleState: 'idle' } })).toBe(1);
  });
});

describe('planLimits', () => {
  const active = { online: true, idleState: 'active' } as const;

  it('reads three times as often during a boost', () => {
    expect(planLimits({ base: 8, boostUntil: 2000, now: 1000, conditions: active })).toEqual({ cap: 24, budget: 8, minUrgency: 1 / 3 });
    expect(planLimits({ base: 8, boostUntil: 1000, now: 1000, conditions: active })).toEqual({ cap: 24, budget: 8, minUrgency: 1 });
  });
});

describe('readInterval', () => {
  it('reads the first day after sending every 3 minutes, then at the floor', () => {
    expect(readInterval(10 * 60)).toBe(180);
    expect(readInterval(12 * HOUR)).toBe(180);
    expect(readInterval(2 * DAY)).toBe(FLOOR_SECONDS);
    expect(readInterval(30 * DAY)).toBe(FLOOR_SECONDS);
  });
});

function limits(cap: number, budget = 0): PlanLimits {
  return { cap, budget, minUrgency: 1 };
}

describe('planDetailReads', () => {
  it('puts new invoices, then changed ones, before the rest', () => {
    const entries = new Map<number, InvoiceEntry>([
      [1, entry({ r: NOW - 10 * HOUR })],
      [2, entry({ n: 1 })],
      [3, entry({ n: 1, w: 1, r: 0, f: NOW })],
    ]);
    expect(planDetailReads(entries, NOW, limits(3))).toEqual([3, 2, 1]);
  });

  it('reads recently sent invoices that are due before old ones at the floor', () => {
    const entries = new Map<number, InvoiceEntry>([
      [1, entry({ r: NOW - 40 * 60 })],
      [2, entry({ o: NOW - 2 * HOUR, r: NOW - 5 * 60 })],
      [3, entry({ a: NOW - 20 * 60, r: NOW - 4 * 60 })],
    ]);
    expect(planDetailReads(entries, NOW, limits(2))).toEqual([2, 3]);
    expect(planDetailReads(entries, NOW, limits(3))).toEqual([2, 3, 1]);
  });

  it('reads every watched invoice at the floor, least recently read first', () => {
    const entries = new Map<number, InvoiceEntry>([
      [1, entry({ r: NOW - 2 * HOUR })],
      [2, entry({ r: NOW - 3 * HOUR })],
      [3, entry({ r: NOW - FLOOR_SECONDS })],
      [4, entry({ r: NOW - FLOOR_SECONDS + 60 })],
    ]);
    expect(planDetailReads(entries, NOW, limits(8))).toEqual([2, 1, 3]);
    expect(planDetailReads(entries, NOW, limits(2))).toEqual([2, 1]);
  });

  it('reads nearly due invoices early only while under the budget', () => {
    const entries = new Map<number, InvoiceEntry>([[1, entry({ r: NOW - FLOOR_SECONDS + 120 })]]);
    expect(planDetailReads(entries, NOW, limits(8, 1))).toEqual([1]);
    expect(planDetailReads(entries, NOW, limits(8, 0))).toEqual([]);
  });

  it('reads a draft once and skips closed invoices past the window', () => {
    const entries = new Map<number, InvoiceEntry>([
      [1, entry({ s: 'Draft' })],
      [4, entry({ s: 'Draft', r: 0 })],
      [2, entry({ s: 'Paid', c: NOW - CLOSED_WINDOW_SECONDS - 1 })],
      [3, entry({ s: 'Void', c: NOW - HOUR, f: NOW - 40 * DAY })],
    ]);
    expect(planDetailReads(entries, NOW, limits(8))).toEqual([4, 3]);
  });

  it('stops at the cap and reads nothing at zero', () => {
    const entries = new Map<number, InvoiceEntry>(Array.from({ length: 20 }, (_, index) => [index + 1, entry()]));
    expect(planDetailReads(entries, NOW, limits(5))).toHaveLength(5);
    expect(planDetailReads(entries, NOW, limits(0))).toEqual([]);
  });

  it('leaves recently read old invoices alone', () => {
    const entries = new Map<number, InvoiceEntry>([[1, entry({ r: NOW - 60 })]]);
    expect(planDetailReads(entries, NOW, limits(8, 8))).toEqual([]);
  });
});

describe('urgency', () => {
  it('counts never read invoices from when they were listed', () => {
    expect(urgency(entry({ r: 0, f: NOW }), NOW)).toBe(1);
  });
});
