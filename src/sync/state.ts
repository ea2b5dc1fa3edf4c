// The engine's persisted state and its storage layout. Invoice entries are spread over a fixed
// set of bucket keys by invoice id, so a checkpoint rewrites only the buckets it touched instead of
// one record that grows with the account.

import { FEED_KEY, SYNC_STATUS_KEY } from '../shared/feed';
import type { ActivityRecord } from '../shared/activity';
import type { PendingNotification } from './types';

export const META_KEY = 'sync.meta';
export const PENDING_KEY = 'sync.pending';
export const BOOST_KEY = 'sync.boost';
export const BUCKET_COUNT = 32;
const STATE_VERSION = 1;

export function bucketKey(index: number): string {
  return `sync.b.${index}`;
}

export function bucketOf(invoiceId: number): number {
  return ((invoiceId % BUCKET_COUNT) + BUCKET_COUNT) % BUCKET_COUNT;
}

export const BUCKET_KEYS: readonly string[] = Array.from({ length: BUCKET_COUNT }, (_, index) => bucketKey(index));

/** Every key the engine writes, for resetAccountState and for measuring storage. */
export const ALL_SYNC_KEYS: readonly string[] = [META_KEY, PENDING_KEY, BOOST_KEY, FEED_KEY, SYNC_STATUS_KEY, ...BUCKET_KEYS];

/**
 * The engine's record of one invoice. Short field names keep storage small at 10,000 invoices.
 * Times are epoch seconds.
 */
export interface InvoiceEntry {
  /** Status name as the list last showed it. */
  s: string;
  /** Total amount. */
  t: number;
  /** Due date and issue date, epoch seconds or null. */
  d: number | null;
  o: number | null;
  /** First seen in the list. */
  f: number;
  /** Since when the invoice has had status `s` (first seen time for the baseline). */
  c: number;
  /** Last successful detail read, 0 when never read. */
  r: number;
  /** Activity ids above the floor `m` already processed; absent until the first detail read. */
  k?: number[];
  /** Every activity id at or below this floor counts as processed. */
  m?: number;
  /** 1 when the summary changed (or the invoice is new) and details should be read soon. */
  n?: 1;
  /** 1 for an invoice created after the baseline: its first detail read notifies, not records silently. */
  w?: 1;
  /** A status change seen in the list that no activity has announced yet, as the record to announce. */
  u?: ActivityRecord;
  /** Statuses announced from the list; matching log entries of the next detail read are absorbed. */
  x?: string[];
  /** Latest moment the log showed the invoice sent (reminders not included), for read priority. */
  a?: number;
}

export interface ScanCursor {
  /** Next page of the full list to read, 1-based. */
  page: number;
  /** When the current pass started, epoch ms. */
  startedAt: number;
  /** Pages in the list when last counted. */
  pages: number;
  /** Pages owed to the pass by elapsed time but not read yet (fractional). */
  credit: number;
  /** When the pass last read or accounted for pages, epoch ms. */
  at: number;
  /** Pages after the first that held an open invoice during this pass. */
  hot: number[];
}

export interface BackoffState {
  /** Consecutive failures behind the current wait. */
  failures: number;
  /** Epoch ms before which background syncs do nothing. */
  until: number;
  /** True when the wait is a 429 Retry-After, which even a user request honours. */
  rateLimited: boolean;
}

export interface SyncMeta {
  v: number;
  accountId: string;
  /** When the first sync for this account ran, epoch ms; null before it committed. */
  baselineAt: number | null;
  /** Invoices with a larger id that first appear after the baseline count as new. */
  baselineMaxId: number;
  /** Set when the first full pass over the list has finished. */
  baselineComplete: boolean;
  scan: ScanCursor | null;
  /** When the last full pass started, epoch ms. */
  lastScanAt: number;
  /** Pages after the first that held an open invoice in the last full pass; read more often. */
  hotPages: number[];
  /** Index into `hotPages` where the next sync continues. */
  hotCursor: number;
  backoff: BackoffState | null;
  /** Set after a 401/403; polling stops until the settings change. */
  unauthorized: boolean;
  lastSuccessAt: number | null;
}

export interface SyncState {
  meta: SyncMeta;
  entries: Map<number, InvoiceEntry>;
  pending: PendingNotification[];
}

export function freshMeta(accountId: string): SyncMeta {
  return {
    v: STATE_VERSION,
    accountId,
    baselineAt: null,
    baselineMaxId: 0,
    baselineComplete: false,
    scan: null,
    lastScanAt: 0,
    hotPages: [],
    hotCursor: 0,
    backoff: null,
    unauthorized: false,
    lastSuccessAt: null,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readMeta(raw: unknown, accountId: string): SyncMeta | null {
  if (!isObject(raw) || raw.v !== STATE_VERSION || raw.accountId !== accountId) {
    return null;
  }
  return { ...freshMeta(accountId), ...(raw as Partial<SyncMeta>) };
}

function isEntry(value: unknown): value is InvoiceEntry {
  return isObject(value) && typeof value.s === 'string' && typeof value.f === 'number' && typeof value.r === 'number';
}

/**
 * Loads the state for `accountId`. State of another account, an older version or a damaged
 * record yields a fresh state, which the next sync turns into a new baseline.
 */
export async function loadState(
  storage: { get(keys: string[]): Promise<Record<string, unknown>> },
  accountId: string,
): Promise<{ state: SyncState; fresh: boolean }> {
  const stored = await storage.get([META_KEY, PENDING_KEY, ...BUCKET_KEYS]);
  const meta = readMeta(stored[META_KEY], accountId);
  if (meta === null) {
    return { state: { meta: freshMeta(accountId), entries: new Map(), pending: [] }, fresh: true };
  }

  const entries = new Map<number, InvoiceEntry>();
  for (const key of BUCKET_KEYS) {
    const bucket = stored[key];
    if (!isObject(bucket)) {
      continue;
    }
    for (const [id, entry] of Object.entries(bucket)) {
      if (isEntry(entry)) {
        entries.set(Number(id), entry);
      }
    }
  }
  const pending = Array.isArray(stored[PENDING_KEY]) ? (stored[PENDING_KEY] as PendingNotification[]) : [];
  return { state: { meta, entries, pending }, fresh: false };
}

/** Serialises the buckets that hold any of `invoiceIds` into storage items. */
export function bucketItems(entries: ReadonlyMap<number, InvoiceEntry>, invoiceIds: Iterable<number>): Record<string, unknown> {
  const dirty = new Set<number>();
  for (const id of invoiceIds) {
    dirty.add(bucketOf(id));
  }
  const buckets = new Map<number, Record<string, InvoiceEntry>>();
  for (const index of dirty) {
    buckets.set(index, {});
  }
  for (const [id, entry] of entries) {
    const bucket = buckets.get(bucketOf(id));
    if (bucket !== undefined) {
      bucket[id] = entry;
    }
  }
  const items: Record<string, unknown> = {};
  for (const [index, bucket] of buckets) {
    items[bucketKey(index)] = bucket;
  }
  return items;
}

export function toSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

export function isoToSeconds(iso: string | null): number | null {
  if (iso === null) {
    return null;
  }
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : toSeconds(ms);
}
