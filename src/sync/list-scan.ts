// Reads the invoice list. Page 1 is read on every sync. The list's order is undocumented, so the
// other pages are read by a slower full pass spread over several syncs. The first sync of an
// account reads as many pages as it may to build the baseline.

import type { EnvoiceApi, InvoicePage } from '../shared/api/types';

export type ListApi = Pick<EnvoiceApi, 'listInvoices'>;
import type { Checkpoint } from './checkpoint';
import { diffSummary } from './diff';
import type { ScanCursor, SyncState } from './state';

export const LIST_PAGE_SIZE = 100;
/** Pages the baseline sync reads at once; a larger account finishes its baseline in the full pass. */
export const BASELINE_MAX_PAGES = 20;
/**
 * A full pass over the list starts this long after the previous one started.
 * TODO: pages that held open invoices in the last pass could be read more often, so payments of
 * older invoices show up sooner than the pass finds them.
 */
export const SCAN_PERIOD_MS = 10 * 60_000;
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

/**
 * Reads page 1 and whatever part of the full pass is due, applying each page as it arrives. The
 * cursor moves only past pages that were read, so a stopped sync resumes the pass.
 */
export async function readList(api: ListApi, state: SyncState, now: number, checkpoint: Checkpoint): Promise<ListReadCounts> {
  const { meta } = state;
  const first = await api.listInvoices(1, LIST_PAGE_SIZE);
  applyPage(state, first, now, checkpoint);
  let pagesRead = 1;
  const pages = pageCount(first.totalCount);

  if (meta.baselineAt === null) {
    const last = Math.min(pages, BASELINE_MAX_PAGES);
    for (let page = 2; page <= last; page++) {
      applyPage(state, await api.listInvoices(page, LIST_PAGE_SIZE), now, checkpoint);
      pagesRead++;
    }
    meta.baselineMaxId = Math.max(0, ...state.entries.keys());
    meta.lastScanAt = now;
    if (last >= pages) {
      meta.baselineComplete = true;
    } else {
      meta.scan = { page: last + 1, startedAt: now, pages, credit: 0, at: now };
    }
    return { pages: pagesRead };
  }

  if (meta.scan === null && pages > 1 && now - meta.lastScanAt >= SCAN_PERIOD_MS) {
    meta.scan = { page: 2, startedAt: now, pages, credit: 1, at: now };
    meta.lastScanAt = now;
  }
  const scan = meta.scan;
  if (scan === null) {
    return { pages: pagesRead };
  }

  scan.pages = pages;
  for (let due = scanPagesDue(scan, now); due > 0; due--) {
    const result = await api.listInvoices(scan.page, LIST_PAGE_SIZE);
    pagesRead++;
    applyPage(state, result, now, checkpoint);
    scan.page++;
    scan.credit--;
    if (result.invoices.length === 0) {
      scan.page = scan.pages + 1;
      break;
    }
  }
  if (scan.page > scan.pages) {
    meta.scan = null;
    meta.baselineComplete = true;
  }
  return { pages: pagesRead };
}
