import { describe, expect, it } from 'vitest';
import type { InvoiceActivity, InvoiceDetails } from '../shared/api/types';
import type { ActivityType } from '../shared/api/enums';
import { SEEN_IDS_LIMIT, foldSeenIds, processDetails } from './details';
import type { InvoiceEntry } from './state';

const BASELINE = Date.UTC(2026, 10, 30, 9, 0, 0);
const NOW = BASELINE + 3600_000;

function activity(id: number, type: ActivityType, createdOn: string | null = null): InvoiceActivity {
  return { id, type, message: null, link: null, invoiceNumber: 'INV-7', createdOn };
}

function details(activities: InvoiceActivity[], status = 'Unpaid'): InvoiceDetails {
  return {
    id: 7, number: 'INV-7', status: status as InvoiceDetails['status'], clientId: 1, clientName: 'Acme', clientEmail: null,
    currency: null, issuedOn: null, dueDate: null, subTotal: 100, taxTotal: 0, discountTotal: 0, total: 100,
    accessToken: null, activities, items: [], payments: [], gatewayNames: [],
  };
}

function entry(overrides: Partial<InvoiceEntry> = {}): InvoiceEntry {
  return { s: 'Unpaid', t: 100, d: null, o: null, f: BASELINE / 1000, c: BASELINE / 1000, r: 0, ...overrides };
}

describe('processDetails', () => {
  it('records a first read silently', () => {
    const result = processDetails(entry(), details([activity(1, 'Created'), activity(2, 'Viewed')]), NOW, BASELINE);
    expect(result.records.map((record) => record.key)).toEqual(['a:1', 'a:2']);
    expect(result.announce).toEqual([]);
    expect(result.entry.k).toEqual([1, 2]);
    expect(result.records[1]?.detectedAt).toBe(BASELINE);
  });

  it('dates an undated baseline entry by its predecessor', () => {
    const sent = new Date(BASELINE - 7_200_000).toISOString();
    const result = processDetails(entry(), details([activity(1, 'SentViaEmail', sent), activity(2, 'Opened')]), NOW, BASELINE);
    expect(result.records[1]?.detectedAt).toBe(BASELINE - 7_200_000);
  });

  it('dates an undated first entry by the issue date', () => {
    const issued = new Date(BASELINE - 86_400_000).toISOString();
    const result = processDetails(entry(), { ...details([activity(1, 'Created')]), issuedOn: issued }, NOW, BASELINE);
    expect(result.records[0]?.detectedAt).toBe(BASELINE - 86_400_000);
  });

  it('takes the send time from the log for read priority', () => {
    const sent = new Date(BASELINE - 3600_000).toISOString();
    const result = processDetails(entry(), details([activity(1, 'SentViaEmail', sent), activity(2, 'SentReminderViaEmail')]), NOW, BASELINE);
    expect(result.entry.a).toBe((BASELINE - 3600_000) / 1000);
  });

  it('ignores an undated send before the baseline', () => {
    const result = processDetails(entry(), details([activity(1, 'SentViaEmail')]), NOW, BASELINE);
    expect(result.entry.a).toBeUndefined();
  });

  it('announces first-read entries dated after the baseline', () => {
    const later = new Date(BASELINE + 60_000).toISOString();
    const result = processDetails(entry(), details([activity(1, 'Created'), activity(2, 'Viewed', later)]), NOW, BASELINE);
    expect(result.announce.map((record) => record.key)).toEqual(['a:2']);
  });

  it('announces everything on a new invoice', () => {
    const result = processDetails(entry({ w: 1, n: 1 }), details([activity(1, 'Created'), activity(2, 'Opened')]), NOW, BASELINE);
    expect(result.announce.map((record) => record.key)).toEqual(['a:1', 'a:2']);
    expect(result.entry.w).toBeUndefined();
    expect(result.entry.n).toBeUndefined();
  });

  it('announces only unseen ids', () => {
    const result = processDetails(entry({ k: [1, 2], r: 1 }), details([activity(1, 'Created'), activity(2, 'Viewed'), activity(5, 'Viewed')]), NOW, BASELINE);
    expect(result.announce.map((record) => record.key)).toEqual(['a:5']);
    expect(result.entry.k).toEqual([1, 2, 5]);
  });

  it('absorbs the log entry of an announced status', () => {
    const previous = entry({ s: 'Paid', k: [1], r: 1, x: ['Paid'] });
    const result = processDetails(previous, details([activity(1, 'Created'), activity(4, 'NewPaymentWithStripe')], 'Paid'), NOW, BASELINE);
    expect(result.announce).toEqual([]);
    expect(result.replaces.get('a:4')).toBe('s:7:Paid');
    expect(result.entry.x).toBeUndefined();
  });

  it('explains a status change it sees first', () => {
    const result = processDetails(entry({ k: [1], r: 1 }), details([activity(1, 'Created'), activity(4, 'Paid')], 'Paid'), NOW, BASELINE);
    expect(result.announce.map((record) => record.key)).toEqual(['a:4']);
    expect(result.entry.s).toBe('Paid');
    expect(result.entry.u).toBeUndefined();
  });

  it('keeps an unexplained status change for announcing', () => {
    const result = processDetails(entry({ k: [1], r: 1 }), details([activity(1, 'Created')], 'Overdue'), NOW, BASELINE);
    expect(result.entry.u?.key).toBe('s:7:Overdue');
  });
});

describe('foldSeenIds', () => {
  it('folds the oldest ids into the floor', () => {
    const ids = Array.from({ length: SEEN_IDS_LIMIT + 5 }, (_, index) => index + 1);
    const folded = foldSeenIds(ids, 0);
    expect(folded.k).toHaveLength(SEEN_IDS_LIMIT);
    expect(folded.m).toBe(5);
    expect(folded.k[0]).toBe(6);
  });

  it('drops ids at or below the floor', () => {
    expect(foldSeenIds([3, 9, 12], 9)).toEqual({ k: [12], m: 9 });
  });
});
