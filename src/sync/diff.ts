// Compares an invoice summary from the list with what the engine stored about it. The list carries
// no activities and no "updated at", so a changed status, total or due date is the only sign that
// an invoice changed between detail reads.

import type { InvoiceSummary } from '../shared/api/types';
import { statusRecord } from './records';
import type { InvoiceEntry } from './state';
import { isoToSeconds, toSeconds } from './state';

/** Statuses whose arrival is itself an activity worth recording, even before details are read. */
export const ANNOUNCED_STATUSES: ReadonlySet<string> = new Set(['Paid', 'Overdue', 'Void']);

export type SummaryChange = 'new' | 'status' | 'amount' | 'due-date';

export interface DiffResult {
  entry: InvoiceEntry;
  changes: SummaryChange[];
}

/**
 * Returns the updated entry for `summary` and what changed. `isNew` tells whether an invoice the
 * engine has never seen was created after the baseline, which makes all its activities new.
 */
export function diffSummary(previous: InvoiceEntry | undefined, summary: InvoiceSummary, now: number, isNew: boolean): DiffResult {
  const nowSeconds = toSeconds(now);
  const dueDate = isoToSeconds(summary.dueDate);
  const issuedOn = isoToSeconds(summary.issuedOn);

  if (previous === undefined) {
    const entry: InvoiceEntry = { s: summary.status, t: summary.total, d: dueDate, o: issuedOn, f: nowSeconds, c: nowSeconds, r: 0 };
    if (isNew) {
      entry.n = 1;
      entry.w = 1;
    }
    return { entry, changes: isNew ? ['new'] : [] };
  }

  const changes: SummaryChange[] = [];
  const entry: InvoiceEntry = { ...previous, t: summary.total, d: dueDate, o: issuedOn };
  if (previous.s !== summary.status) {
    changes.push('status');
    entry.s = summary.status;
    entry.c = nowSeconds;
    if (ANNOUNCED_STATUSES.has(summary.status)) {
      entry.u = statusRecord(summary, now);
    } else {
      delete entry.u;
    }
  }
  if (previous.t !== summary.total) {
    changes.push('amount');
  }
  if (previous.d !== dueDate) {
    changes.push('due-date');
  }
  if (changes.length > 0) {
    entry.n = 1;
  }
  return { entry, changes };
}
