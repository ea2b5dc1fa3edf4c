import { describe, expect, it } from 'vitest';
import type { InvoiceSummary } from '../shared/api/types';
import { diffSummary } from './diff';

const NOW = 1_800_000_000_000;

function summary(overrides: Partial<InvoiceSummary> = {}): InvoiceSummary {
  return {
    id: 42,
    number: 'INV-0042',
    status: 'Unpaid',
    clientId: 1,
    clientName: 'Acme',
    clientEmail: null,
    currency: { id: 1, code: 'EUR', name: null, symbol: null },
    issuedOn: '2026-11-01T00:00:00.000Z',
    dueDate: '2026-11-15T00:00:00.000Z',
    subTotal: 100,
    taxTotal: 0,
    discountTotal: 0,
    total: 100,
    accessToken: null,
    ...overrides,
  };
}

describe('diffSummary', () => {
  it('records a baseline invoice without flags', () => {
    const { entry, changes } = diffSummary(undefined, summary(), NOW, false);
    expect(changes).toEqual([]);
    expect(entry.n).toBeUndefined();
    expect(entry.w).toBeUndefined();
    expect(entry.r).toBe(0);
  });

  it('flags an invoice created after the baseline', () => {
    const { entry, changes } = diffSummary(undefined, summary(), NOW, true);
    expect(changes).toEqual(['new']);
    expect(entry).toMatchObject({ n: 1, w: 1 });
  });

  it('reports nothing for an unchanged summary', () => {
    const first = diffSummary(undefined, summary(), NOW, false).entry;
    const { entry, changes } = diffSummary(first, summary(), NOW + 60_000, false);
    expect(changes).toEqual([]);
    expect(entry).toEqual(first);
  });

  it('records an announced status change', () => {
    const first = diffSummary(undefined, summary(), NOW, false).entry;
    const { entry, changes } = diffSummary(first, summary({ status: 'Paid' }), NOW + 60_000, false);
    expect(changes).toEqual(['status']);
    expect(entry.n).toBe(1);
    expect(entry.u).toMatchObject({ key: 's:42:Paid', type: 'Paid', invoiceNumber: 'INV-0042', detectedAt: NOW + 60_000 });
  });

  it('drops a pending announcement when the status moves on', () => {
    const first = diffSummary(undefined, summary(), NOW, false).entry;
    const paid = diffSummary(first, summary({ status: 'Paid' }), NOW + 1, false).entry;
    const { entry } = diffSummary({ ...paid, x: ['Overdue'] }, summary({ status: 'Unpaid' }), NOW + 2, false);
    expect(entry.u).toBeUndefined();
    expect(entry.x).toEqual(['Overdue']);
  });

  it('flags amount and due date changes', () => {
    const first = diffSummary(undefined, summary(), NOW, false).entry;
    const { changes } = diffSummary(first, summary({ total: 120, dueDate: '2026-12-01T00:00:00.000Z' }), NOW, false);
    expect(changes).toEqual(['amount', 'due-date']);
  });
});
