// Reads the invoice list. Page 1 is read on every sync, and so are the pages known to hold open
// invoices, because status changes happen there. The list's order is undocumented, so every page
// is also read by a slower full pass spread over several syncs. The first sync of an account reads
// as many pages as it may to build the baseline.

import type { EnvoiceApi, InvoicePage } from '../shared/api/types';

export type ListApi = Pick<EnvoiceApi, 'listInvoices'>;
import type { Checkpoint } from './checkpoint';
import { diffSummary } from './diff';
import type { ScanCursor, SyncState } from './state';

export const LIST_PAGE_SIZE = 100;
/** Pages the baseline sync reads at once; a larger account finishes its baseline in the full pass. */
export const BASELINE_MAX_PAGES = 20;
/**
 * A full pass over the list starts this long after the previous one started. Pages with open
 * invoices are read every sync anyway, so the pass only catches invoices that moved in the list.
 */
export const SCAN_PERIOD_MS = 30 * 60_000;
export const MAX_SCAN_PAGES_PER_SYNC = 4;

export function pageCount(totalCount: number): number {
  return Math.max(1, Math.ceil(totalCount / LIST_PAGE_SIZE));
}

/** Applies one list page to the state and flags changed invoices for a detail read. */
export function applyPage(state: SyncState, page: InvoicePage, now: number, checkpoint: Checkpoint): void {
  const { meta, entries } = state;
  for (const summary of page.invoices) {
    const previous = entries.get(summary.id);
    const isNew = previous === undefined && meta.baselineAt !== null && summary.id > meta.baselineMaxId;
    const { entry, changes } = diffSummary(previous, summary, now, isNew);
    if (previous === undefined || changes.length > 0 || previous.o !== entry.o) {
      entries.set(summary.id, entry);
      checkpoint.touch(summary.id);
    }
  }
}

/** Pages of the running pass to read now: enough to finish a pass within SCAN_PERIOD_MS, at most a few. */
function scanPagesDue(scan: ScanCursor, now: number): number {
  const credit = Math.min(MAX_SCAN_PAGES_PER_SYNC, scan.credit + ((scan.pages - 1) * (now - scan.at)) / SCAN_PERIOD_MS);
  scan.credit = credit;
  scan.at = now;
  return Math.min(Math.floor(credit), scan.pages - scan.page + 1);
}

export interface ListReadCounts {
  pages: number;
}

/** Pages known to hold open invoices, read this many per sync on top of page 1 (in rotation beyond). */
export const MAX_HOT_PAGES_PER_SYNC = 8;

const CLOSED: ReadonlySet<string> = new Set(['Paid', 'Void']);

function hasOpenInvoice(page: InvoicePage): boolean {
  return page.invoices.some((summary) => !CLOSED.has(summary.status));
}

/** Keeps the hot pages current between passes: a page read with open invoices is read every sync from now on. */
function markHot(state: SyncState, page: number, hot: boolean): void {
  const { meta } = state;
  const known = meta.hotPages.includes(page);
  if (hot && !known) {
    meta.hotPages = [...meta.hotPages, page].sort((a, b) => a - b);
  } else if (!hot && known) {
    meta.hotPages = meta.hotPages.filter((other) => other !== page);
  }
}

/** Reads list pages at most once per sync, applying each as it arrives. */
interface PageReader {
  /** Pages read so far. */
  readonly count: number;
  page(page: number): Promise<InvoicePage>;
}

function createPageReader(api: ListApi, state: SyncState, now: number, checkpoint: Checkpoint): PageReader {
  const read = new Map<number, InvoicePage>();
  return {
    get count() {
      return read.size;
    },
    async page(page) {
      const known = read.get(page);
      if (known !== undefined) {
        return known;
      }
      const result = await api.listInvoices(page, LIST_PAGE_SIZE);
      read.set(page, result);
      applyPage(state, result, now, checkpoint);
      if (state.meta.baselineAt !== null && page > 1) {
        markHot(state, page, hasOpenInvoice(result));
      }
      return result;
    },
  };
}

/**
 * Reads page 1, a few pages that held open invoices in the last pass (where status changes happen),
 * and whatever part of the full pass is due. Cursors move only past pages that were read, so a
 * stopped sync resumes the pass.
 */
export async function readList(api: ListApi, state: SyncState, now: number, checkpoint: Checkpoint): Promise<ListReadCounts> {
  const { meta } = state;
  const reader = createPageReader(api, state, now, checkpoint);
  const pages = pageCount((await reader.page(1)).totalCount);

  if (meta.baselineAt === null) {
    await readBaselinePages(reader, state, now, pages);
    return { pages: reader.count };
  }

  await readHotPages(reader, state, pages);
  if (meta.scan === null && pages > 1 && now - meta.lastScanAt >= SCAN_PERIOD_MS) {
    meta.scan = { page: 2, startedAt: now, pages, credit: 1, at: now, hot: [] };
    meta.lastScanAt = now;
  }
  const scan = meta.scan;
  if (scan !== null) {
    await continuePass(reader, state, scan, now, pages);
  }
  return { pages: reader.count };
}

async function readBaselinePages(reader: PageReader, state: SyncState, now: number, pages: number): Promise<void> {
  const { meta } = state;
  const last = Math.min(pages, BASELINE_MAX_PAGES);
  const hot: number[] = [];
  for (let page = 2; page <= last; page++) {
    if (hasOpenInvoice(await reader.page(page))) {
      hot.push(page);
    }
  }
  let maxId = 0;
  for (const id of state.entries.keys()) {
    maxId = Math.max(maxId, id);
  }
  meta.baselineMaxId = maxId;
  meta.lastScanAt = now;
  meta.hotPages = hot;
  if (last >= pages) {
    meta.baselineComplete = true;
  } else {
    meta.scan = { page: last + 1, startedAt: now, pages, credit: 0, at: now, hot };
  }
}

async function readHotPages(reader: PageReader, state: SyncState, pages: number): Promise<void> {
  const { meta } = state;
  const hot = meta.hotPages.filter((page) => page > 1 && page <= pages);
  const count = Math.min(MAX_HOT_PAGES_PER_SYNC, hot.length);
  for (let index = 0; index < count; index++) {
    const page = hot[(meta.hotCursor + index) % hot.length];
    if (page !== undefined) {
      await reader.page(page);
    }
  }
  meta.hotCursor = hot.length === 0 ? 0 : (meta.hotCursor + count) % hot.length;
}

async function continuePass(reader: PageReader, state: SyncState, scan: ScanCursor, now: number, pages: number): Promise<void> {
  const { meta } = state;
  scan.pages = pages;
  scan.hot ??= [];
  for (let due = scanPagesDue(scan, now); due > 0; due--) {
    const result = await reader.page(scan.page);
    if (hasOpenInvoice(result)) {
      scan.hot.push(scan.page);
    }
    scan.page++;
    scan.credit--;
    if (result.invoices.length === 0) {
      scan.page = scan.pages + 1;
      break;
    }
  }
  if (scan.page > scan.pages) {
    // Every page read since the baseline has already updated `hotPages`.
    meta.hotCursor = 0;
    meta.scan = null;
    meta.baselineComplete = true;
  }
}
