import { describe, expect, it } from 'vitest';
import { CLOSED_WINDOW_SECONDS, detailBudget, planDetailReads, readInterval, urgency } from './planner';
import type { InvoiceEntry } from './state';

const NOW = 2_000_000_000;
const HOUR = 3600;
const DAY = 86_400;

function entry(overrides: Partial<InvoiceEntry> = {}): InvoiceEntry {
  return { s: 'Unpaid', t: 100, d: null, o: NOW - 30 * DAY, f: NOW - 40 * DAY, c: NOW - 40 * DAY, r: NOW - 2 * HOUR, k: [], ...overrides };
}

describe('detailBudget', () => {
  const base = { base: 8, boostUntil: 0, now: 1000 };

  it('scales with conditions', () => {
    expect(detailBudget({ ...base, conditions: { online: true, idleState: 'active' } })).toBe(8);
    expect(detailBudget({ ...base, conditions: { online: true, idleState: 'idle' } })).toBe(4);
    expect(detailBudget({ ...base, conditions: { online: true, idleState: 'locked' } })).toBe(1);
    expect(detailBudget({ ...base, conditions: { online: false, idleState: 'active' } })).toBe(0);
  });

  it('triples during a boost', () => {
    expect(detailBudget({ ...base, boostUntil: 2000, conditions: { online: true, idleState: 'active' } })).toBe(24);
    expect(detailBudget({ ...base, boostUntil: 1000, conditions: { online: true, idleState: 'active' } })).toBe(8);
  });

  it('keeps at least one read when idle', () => {
    expect(detailBudget({ ...base, base: 1, conditions: { online: true, idleState: 'idle' } })).toBe(1);
  });
});

describe('readInterval', () => {
  it('grows with age', () => {
    expect(readInterval(10 * 60)).toBe(60);
    expect(readInterval(3 * HOUR)).toBe(120);
    expect(readInterval(12 * HOUR)).toBe(240);
    expect(readInterval(2 * DAY)).toBe(600);
    expect(readInterval(5 * DAY)).toBe(1200);
    expect(readInterval(30 * DAY)).toBe(45 * 60);
  });
});

describe('planDetailReads', () => {
  it('puts new invoices, then changed ones, before the rest', () => {
    const entries = new Map<number, InvoiceEntry>([
      [1, entry({ r: NOW - 10 * HOUR })],
      [2, entry({ n: 1 })],
      [3, entry({ n: 1, w: 1, r: 0, f: NOW })],
    ]);
    expect(planDetailReads(entries, NOW, 3)).toEqual([3, 2, 1]);
  });

  it('reads recently sent invoices before old ones', () => {
    const entries = new Map<number, InvoiceEntry>([
      [1, entry({ r: NOW - 40 * 60 })],
      [2, entry({ o: NOW - 2 * HOUR, r: NOW - 5 * 60 })],
      [3, entry({ a: NOW - 20 * 60, r: NOW - 2 * 60 })],
    ]);
    expect(planDetailReads(entries, NOW, 2)).toEqual([2, 3]);
  });

  it('keeps a share of the budget for the least recently read', () => {
    const recent = Array.from({ length: 10 }, (_, index) => [index + 1, entry({ o: NOW - 10 * 60, r: NOW - 5 * 60 })] as const);
    const entries = new Map<number, InvoiceEntry>([...recent, [99, entry({ r: NOW - 50 * 60 })]]);
    expect(planDetailReads(entries, NOW, 6)).toContain(99);
  });

  it('rotates old open invoices by least recently read', () => {
    const entries = new Map<number, InvoiceEntry>([
      [1, entry({ r: NOW - 2 * HOUR })],
      [2, entry({ r: NOW - 3 * HOUR })],
      [3, entry({ r: NOW - 1 * HOUR })],
    ]);
    expect(planDetailReads(entries, NOW, 2)).toEqual([2, 1]);
  });

  it('reads a draft once and skips closed invoices past the window', () => {
    const entries = new Map<number, InvoiceEntry>([
      [1, entry({ s: 'Draft' })],
      [4, entry({ s: 'Draft', r: 0 })],
      [2, entry({ s: 'Paid', c: NOW - CLOSED_WINDOW_SECONDS - 1 })],
      [3, entry({ s: 'Void', c: NOW - HOUR, f: NOW - 40 * DAY })],
    ]);
    expect(planDetailReads(entries, NOW, 8)).toEqual([4, 3]);
  });

  it('stops at the budget and reads nothing at zero', () => {
    const entries = new Map<number, InvoiceEntry>(Array.from({ length: 20 }, (_, index) => [index + 1, entry()]));
    expect(planDetailReads(entries, NOW, 5)).toHaveLength(5);
    expect(planDetailReads(entries, NOW, 0)).toEqual([]);
  });

  it('leaves recently read old invoices alone', () => {
    const entries = new Map<number, InvoiceEntry>([[1, entry({ r: NOW - 60 })]]);
    expect(planDetailReads(entries, NOW, 8)).toEqual([]);
  });
});

describe('urgency', () => {
  it('counts never read invoices from when they were listed', () => {
    expect(urgency(entry({ r: 0, f: NOW }), NOW)).toBe(1);
  });
});
