/**
 * Paging of `GET /api/invoice/all`. The document names `queryOptions.page` and
 * `queryOptions.pageSize` but not their base or limits, so the sandbox chooses: pages are
 * 1-based, the default page size is 25 and the maximum 100 (larger sizes are clamped).
 */
import type { Invoice } from '../model/types';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  /** 1-based; values below 1 mean page 1. */
  page: number;
  pageSize: number;
}

export function normalizePage(page: number | null, pageSize: number | null): PageRequest {
  return {
    page: page === null || page < 1 ? 1 : page,
    pageSize: pageSize === null || pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE),
  };
}

const sortedCache = new WeakMap<Invoice[], { length: number; sorted: Invoice[] }>();

/**
 * Returns the invoices newest issued first (ties: higher id first). The service does not
 * document its order, so clients should not rely on this one. Cached until invoices are added.
 */
export function invoicesNewestFirst(invoices: Invoice[]): Invoice[] {
  const cached = sortedCache.get(invoices);
  if (cached && cached.length === invoices.length) return cached.sorted;
  const sorted = [...invoices].sort((a, b) => b.issuedOn - a.issuedOn || b.id - a.id);
  sortedCache.set(invoices, { length: invoices.length, sorted });
  return sorted;
}
