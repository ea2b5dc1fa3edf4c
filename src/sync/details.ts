// Turns one invoice's detail read into new activities. The invoice's activity log is compared
// with the set of ids already processed; order is never relied on for what counts as new.

import type { ActivityRecord } from '../shared/activity';
import { categorizeActivity } from '../shared/activity';
import type { InvoiceActivity, InvoiceDetails } from '../shared/api/types';
import { diffSummary } from './diff';
import { categoryOfStatus, logRecord, statusKey } from './records';
import type { InvoiceEntry } from './state';
import { toSeconds } from './state';

/** Seen ids kept per invoice above the floor; older ones fold into the floor. */
export const SEEN_IDS_LIMIT = 40;

export interface DetailsResult {
  entry: InvoiceEntry;
  /** New activities for the feed, oldest first. */
  records: ActivityRecord[];
  /** The subset of `records` that should be notified (before the notifiable-type filter). */
  announce: ActivityRecord[];
  /** Feed keys of status records that a log entry in `records` now stands for, by the log entry's key. */
  replaces: Map<string, string>;
}

function isUnprocessed(entry: InvoiceEntry, activity: InvoiceActivity, seen: ReadonlySet<number>): boolean {
  if (entry.k === undefined) {
    return true;
  }
  return activity.id > (entry.m ?? 0) && !seen.has(activity.id);
}

/**
 * Tells whether a log entry found on an invoice's first read predates the baseline. Without a
 * timestamp, the first read of an invoice listed at the baseline records its log silently. An
 * invoice created after the baseline has only new entries.
 */
function predatesBaseline(entry: InvoiceEntry, activity: InvoiceActivity, baselineAt: number): boolean {
  if (entry.k !== undefined) {
    return false;
  }
  if (activity.createdOn !== null) {
    const at = Date.parse(activity.createdOn);
    if (!Number.isNaN(at)) {
      return at <= baselineAt;
    }
  }
  return entry.w !== 1;
}

export function foldSeenIds(ids: readonly number[], floor: number): { k: number[]; m: number } {
  const sorted = [...new Set(ids)].filter((id) => id > floor).sort((a, b) => a - b);
  if (sorted.length <= SEEN_IDS_LIMIT) {
    return { k: sorted, m: floor };
  }
  const dropped = sorted.length - SEEN_IDS_LIMIT;
  return { k: sorted.slice(dropped), m: sorted[dropped - 1] ?? floor };
}

/**
 * Estimates when an undated entry found at the baseline happened, so the feed neither sorts it
 * above dated ones nor shows it as found just now. The estimate is the latest time of an earlier
 * entry in the same log (activity ids increase), else the invoice's issue date, else the baseline.
 * NOTE: an estimate; the popup shows it like any other time.
 */
function estimateUndatedTime(details: InvoiceDetails, activity: InvoiceActivity, baselineAt: number): number {
  let estimate = details.issuedOn === null ? Number.NaN : Date.parse(details.issuedOn);
  for (const other of details.activities) {
    const at = other.id < activity.id && other.createdOn !== null ? Date.parse(other.createdOn) : Number.NaN;
    if (!Number.isNaN(at) && (Number.isNaN(estimate) || at > estimate)) {
      estimate = at;
    }
  }
  return Number.isNaN(estimate) ? baselineAt : Math.min(estimate, baselineAt);
}

/**
 * Processes one detail read. The details carry the invoice's summary too, so a status change can
 * show up here before the list shows it. New log entries then explain it, or it is announced.
 */
export function processDetails(previous: InvoiceEntry, details: InvoiceDetails, now: number, baselineAt: number): DetailsResult {
  const entry: InvoiceEntry = { ...diffSummary(previous, details, now, false).entry, r: toSeconds(now) };
  const seen = new Set(previous.k ?? []);
  const records: ActivityRecord[] = [];
  const announce: ActivityRecord[] = [];
  const replaces = new Map<string, string>();

  const pendingCategory = entry.u === undefined ? null : categoryOfStatus(entry.u.type);
  const announced = new Map((entry.x ?? []).map((status) => [categoryOfStatus(status), status]));
  let explainedStatus = false;

  const fresh = details.activities.filter((activity) => isUnprocessed(previous, activity, seen)).sort((a, b) => a.id - b.id);
  for (const activity of fresh) {
    const category = categorizeActivity(activity.type);

    const occurred = activity.createdOn === null ? Number.NaN : Date.parse(activity.createdOn);
    const early = predatesBaseline(previous, activity, baselineAt);
    // A send is when views start, so it sets read priority even before the baseline when its time
    // is known. A reminder draws fewer views than the first send, and the read floor covers it.
    if ((activity.type === 'SentViaEmail' || activity.type === 'SentViaSms') && !(early && Number.isNaN(occurred))) {
      entry.a = Math.max(entry.a ?? 0, toSeconds(Number.isNaN(occurred) ? now : Math.min(occurred, now)));
    }

    if (early) {
      const detectedAt = Number.isNaN(occurred) ? estimateUndatedTime(details, activity, baselineAt) : Math.min(occurred, baselineAt);
      records.push(logRecord(activity, details, detectedAt));
      continue;
    }

    const record = logRecord(activity, details, now);
    records.push(record);

    const announcedStatus = announced.get(category);
    if (announcedStatus !== undefined) {
      // The list already announced this status change; the log entry replaces that record silently.
      replaces.set(record.key, statusKey(details.id, announcedStatus));
      continue;
    }
    if (pendingCategory !== null && category === pendingCategory) {
      if (explainedStatus) {
        continue;
      }
      explainedStatus = true;
    }
    announce.push(record);
  }

  if (explainedStatus) {
    delete entry.u;
  }
  delete entry.x;
  delete entry.n;
  delete entry.w;
  const ids = details.activities.map((activity) => activity.id);
  const folded = foldSeenIds([...(previous.k ?? []), ...ids], previous.k === undefined ? 0 : previous.m ?? 0);
  entry.k = folded.k;
  if (folded.m > 0) {
    entry.m = folded.m;
  }
  return { entry, records, announce, replaces };
}
