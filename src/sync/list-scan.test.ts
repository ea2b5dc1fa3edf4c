import { describe, expect, it } from 'vitest';
import type { InvoicePage, InvoiceSummary } from '../shared/api/types';
import { createCheckpoint } from './checkpoint';
import { LIST_PAGE_SIZE, SCAN_PERIOD_MS, readList } from './list-scan';
import type { ListApi } from './list-scan';
import { freshMeta } from './state';
import type { SyncState } from './state';

const NOW = Date.UTC(2026, 10, 30, 9);

function summary(id: number, status: string): InvoiceSummary {
  return {
    id, number: `INV-${id}`, status: status as InvoiceSummary['status'], clientId: 1, clientName: null, clientEmail: null,
    currency: null, issuedOn: null, dueDate: null, subTotal: 1, taxTotal: 0, discountTotal: 0, total: 1, accessToken: null,
  };
}

/** Five pages, newest first; only pages 1 and 3 hold open invoices. */
function fakeList(): ListApi & { requested: number[]; invoices: InvoiceSummary[] } {
  const invoices = Array.from({ length: 5 * LIST_PAGE_SIZE }, (_, index) => {
    const page = Math.floor(index / LIST_PAGE_SIZE) + 1;
    return summary(10_000 - index, page === 1 || page === 3 ? 'Unpaid' : 'Paid');
  });
  const api = {
    requested: [] as number[],
    invoices,
    async listInvoices(page: number, pageSize: number): Promise<InvoicePage> {
      api.requested.push(page);
      return { invoices: invoices.slice((page - 1) * pageSize, page * pageSize), totalCount: invoices.length, page, pageSize };
    },
  };
  return api;
}

function freshState(): SyncState {
  return { meta: freshMeta('test'), entries: new Map(), pending: [] };
}

describe('readList', () => {
  it('reads every page for the baseline and notes open ones', async () => {
    const api = fakeList();
    const state = freshState();
    await readList(api, state, NOW, createCheckpoint(true));

    expect(api.requested).toEqual([1, 2, 3, 4, 5]);
    expect(state.meta.hotPages).toEqual([3]);
    expect(state.meta.baselineComplete).toBe(true);
    expect(state.entries.size).toBe(5 * LIST_PAGE_SIZE);
  });

  it('reads page 1 and pages with open invoices between passes', async () => {
    const api = fakeList();
    const state = freshState();
    await readList(api, state, NOW, createCheckpoint(true));
    state.meta.baselineAt = NOW;
    api.requested.length = 0;
    await readList(api, state, NOW + 60_000, createCheckpoint(false));

    expect(api.requested).toEqual([1, 3]);
  });

  it('drops a page once its invoices are closed', async () => {
    const api = fakeList();
    const state = freshState();
    await readList(api, state, NOW, createCheckpoint(true));
    state.meta.baselineAt = NOW;
    api.invoices.forEach((invoice, index) => {
      if (Math.floor(index / LIST_PAGE_SIZE) === 2) invoice.status = 'Paid';
    });
    await readList(api, state, NOW + 60_000, createCheckpoint(false));
    api.requested.length = 0;
    await readList(api, state, NOW + 120_000, createCheckpoint(false));

    expect(state.meta.hotPages).toEqual([]);
    expect(api.requested).toEqual([1]);
  });

  it('spreads the full pass over several syncs', async () => {
    const api = fakeList();
    const state = freshState();
    await readList(api, state, NOW, createCheckpoint(true));
    state.meta.baselineAt = NOW;
    const seen = new Set<number>();
    for (let minute = 1; minute <= 30; minute++) {
      api.requested.length = 0;
      await readList(api, state, NOW + SCAN_PERIOD_MS + minute * 60_000, createCheckpoint(false));
      expect(api.requested.length).toBeLessThanOrEqual(6);
      for (const page of api.requested) seen.add(page);
    }

    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
