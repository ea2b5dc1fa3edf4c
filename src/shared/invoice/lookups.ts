// The lists the form picks from (clients, work types, taxes, currencies, payment gateways), cached
// in storage.local with the time they were fetched, so the form opens at once and also offline.
// The cache belongs to one account: a different API key or origin starts without lists.

import browser from 'webextension-polyfill';
import type { Client, Currency, EnvoiceApi, PaymentGateway, Tax, WorkType } from '../api/types';

export const LOOKUPS_KEY = 'invoiceLookups';
const LOOKUPS_VERSION = 1;

/** Lists older than this are refreshed in the background when the form opens. */
export const LOOKUPS_MAX_AGE_MS = 60 * 60 * 1000;

export interface Lookups {
  clients: Client[];
  workTypes: WorkType[];
  taxes: Tax[];
  currencies: Currency[];
  gateways: PaymentGateway[];
}

export interface CachedLookups extends Lookups {
  accountId: string;
  /** Epoch milliseconds of the fetch. */
  fetchedAt: number;
}

export function isStale(cached: CachedLookups, now: number = Date.now(), maxAgeMs: number = LOOKUPS_MAX_AGE_MS): boolean {
  // A fetch time in the future (a clock moved back) counts as stale too.
  return now - cached.fetchedAt > maxAgeMs || cached.fetchedAt > now;
}

function isCachedLookups(value: unknown, accountId: string): value is CachedLookups {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const stored = value as Partial<CachedLookups> & { version?: unknown };
  return (
    stored.version === LOOKUPS_VERSION &&
    stored.accountId === accountId &&
    typeof stored.fetchedAt === 'number' &&
    [stored.clients, stored.workTypes, stored.taxes, stored.currencies, stored.gateways].every(Array.isArray)
  );
}

/** Returns the cached lists of this account, or null when there are none (or they are unreadable). */
export async function readCachedLookups(accountId: string): Promise<CachedLookups | null> {
  const { [LOOKUPS_KEY]: raw } = await browser.storage.local.get(LOOKUPS_KEY);
  return isCachedLookups(raw, accountId) ? raw : null;
}

/** Fetches every list from the API and caches them; fails as a whole so a half-updated cache is never stored. */
export async function refreshLookups(api: EnvoiceApi, accountId: string, now: () => number = Date.now): Promise<CachedLookups> {
  const [clients, workTypes, taxes, currencies, gateways] = await Promise.all([
    api.listClients(),
    api.listWorkTypes(),
    api.listTaxes(),
    api.listCurrencies(),
    api.listPaymentGateways(),
  ]);
  const cached: CachedLookups = { accountId, fetchedAt: now(), clients, workTypes, taxes, currencies, gateways };
  await browser.storage.local.set({ [LOOKUPS_KEY]: { ...cached, version: LOOKUPS_VERSION } });
  return cached;
}
