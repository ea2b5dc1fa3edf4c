// Decides which invoices to read in detail this sync. Detail reads are the only way to see
// activities and each costs one request, so they go where activity is likely. Changed and new
// invoices come first, then recently sent invoices that are due, then every invoice whose last read
// is older than the floor (so no activity waits longer than that), as many as the cap allows.

import type { SyncConditions } from './types';
import type { InvoiceEntry } from './state';

/** Read frequency multiplier while a boost lasts (popup opened, invoice created or sent). */
export const BOOST_FACTOR = 3;
/** Due reads may go up to this multiple of `settings.detailBudget` in one sync. */
export const CAP_FACTOR = 3;
/** Share of its interval after which a read may be made early, in a sync with reads to spare. */
const EARLY_URGENCY = 0.85;
/** Paid and void invoices are re-read for this long after the status change, then never. */
export const CLOSED_WINDOW_SECONDS = 3 * 86_400;
/**
 * Maximum wait between two reads of a watched invoice, in seconds: 2 minutes under the 30-minute
 * goal, to allow for alarm drift. Only changed and new invoices and the few due reads of recently
 * sent invoices come first.
 * NOTE: It holds only while the cap covers the demand: idle (half the cap) and locked (one read)
 * machines stretch it.
 */
export const FLOOR_SECONDS = 28 * 60;
/**
 * A due date or status change counts as this much older than a send. It draws fewer views than a
 * send, and in the benchmark reading such invoices every few minutes cost more than it found, so
 * the offset puts them past the frequent window, at the floor.
 */
const DUE_OFFSET_SECONDS = 2 * 86_400;

const CLOSED_STATUSES: ReadonlySet<string> = new Set(['Paid', 'Void']);

/**
 * Read interval by age of the invoice's latest send, issue or status change, in seconds. The
 * assumption is that invoice emails are mostly opened within hours of sending. A read every 3
 * minutes finds a view within three syncs. Past this age the floor applies. Each invoice read below
 * the floor costs extra requests, so the window stays short (docs/SYNC.md has the arithmetic).
 */
const INTERVALS: readonly (readonly [maxAgeSeconds: number, intervalSeconds: number])[] = [
  [30 * 3600, 180],
];

export interface BudgetInput {
  base: number;
  conditions: SyncConditions;
  boostUntil: number;
  now: number;
}

/** Read limits of one sync: the detail cap and the budget for early reads. */
export interface PlanLimits {
  /** Most detail reads this sync. */
  cap: number;
  /** Reads nearly due are made early while the plan is shorter than this. */
  budget: number;
  /** Reads at least this far along their interval are made; below 1 during a boost. */
  minUrgency: number;
}

/**
 * Detail reads allowed this sync: CAP_FACTOR times the setting while active, half that when idle,
 * one when locked, none offline. Only due reads are made, so a quiet sync spends far less.
 */
export function detailBudget({ base, conditions }: BudgetInput): number {
  if (!conditions.online) {
    return 0;
  }
  if (conditions.idleState === 'locked') {
    return 1;
  }
  const cap = base * CAP_FACTOR;
  const scaled = conditions.idleState === 'idle' ? Math.floor(cap / 2) : cap;
  return Math.max(1, Math.floor(scaled));
}

/** Computes this sync's read limits. During a boost, invoices are read BOOST_FACTOR times as often as their intervals set. */
export function planLimits(input: BudgetInput): PlanLimits {
  const cap = detailBudget(input);
  return { cap, budget: Math.ceil(cap / CAP_FACTOR), minUrgency: input.now < input.boostUntil ? 1 / BOOST_FACTOR : 1 };
}

/**
 * Returns the moment (epoch seconds) the invoice last drew its client's attention: issued, sent,
 * changed status, or fell due while unpaid, which is when reminders go out.
 */
export function activityAnchor(entry: InvoiceEntry, nowSeconds: number): number {
  const statusChanged = entry.c > entry.f ? entry.c - DUE_OFFSET_SECONDS : 0;
  const created = entry.w === 1 ? entry.f : 0;
  const fellDue = entry.s === 'Unpaid' && entry.d !== null && entry.d <= nowSeconds ? entry.d - DUE_OFFSET_SECONDS : 0;
  return Math.max(entry.o ?? 0, entry.a ?? 0, statusChanged, created, fellDue);
}

/** Seconds between reads of an invoice whose latest send, issue or status change is this old. */
export function readInterval(ageSeconds: number): number {
  for (const [maxAge, interval] of INTERVALS) {
    if (ageSeconds < maxAge) {
      return interval;
    }
  }
  return FLOOR_SECONDS;
}

/**
 * Seconds between reads of the invoice now, by the age of its latest send, issue or status change.
 * A paid invoice sent today is still read often: clients come back to what they just paid.
 */
export function entryInterval(entry: InvoiceEntry, nowSeconds: number): number {
  return readInterval(Math.max(0, nowSeconds - activityAnchor(entry, nowSeconds)));
}

/**
 * Tells whether periodic reads of the invoice can still find activity worth notifying. A draft is
 * read once, so that when it is sent its log already has a baseline and what follows counts as new.
 */
export function isWatched(entry: InvoiceEntry, nowSeconds: number): boolean {
  if (entry.s === 'Draft') {
    return entry.r === 0;
  }
  if (CLOSED_STATUSES.has(entry.s)) {
    // For an invoice already closed at the baseline, `c` is only when it was first listed.
    const closedAt = entry.c > entry.f ? entry.c : entry.o ?? 0;
    return nowSeconds - closedAt < CLOSED_WINDOW_SECONDS;
  }
  return true;
}

/** Last read for scheduling; a never-read invoice counts as read one floor before it was first listed. */
function lastReadOf(entry: InvoiceEntry): number {
  return entry.r > 0 ? entry.r : entry.f - FLOOR_SECONDS;
}

/**
 * Returns how overdue a read is: 1 means exactly one read interval has passed since the last read.
 * Never-read invoices count from when they were first listed, so the baseline reads spread out.
 */
export function urgency(entry: InvoiceEntry, nowSeconds: number): number {
  return (nowSeconds - lastReadOf(entry)) / entryInterval(entry, nowSeconds);
}

/**
 * Returns invoice ids to read, most important first, at most `limits.cap`. The order is: invoices
 * flagged by the list diff (new before changed), then due reads of recently sent invoices (a few,
 * read every few minutes), then invoices not read for FLOOR_SECONDS (least recently read first),
 * then other due reads.
 * While the plan is shorter than `limits.budget`, reads nearly due are made early, which spreads
 * the floor reads evenly over the syncs instead of in bursts.
 */
export function planDetailReads(entries: ReadonlyMap<number, InvoiceEntry>, nowSeconds: number, limits: PlanLimits): number[] {
  if (limits.cap <= 0) {
    return [];
  }
  const flagged: [number, InvoiceEntry][] = [];
  const frequent: [id: number, urgency: number][] = [];
  const floor: [id: number, lastRead: number][] = [];
  const early: [id: number, urgency: number][] = [];
  for (const [id, entry] of entries) {
    if (entry.n === 1) {
      flagged.push([id, entry]);
      continue;
    }
    if (!isWatched(entry, nowSeconds)) {
      continue;
    }
    const lastRead = lastReadOf(entry);
    const score = urgency(entry, nowSeconds);
    if (score >= limits.minUrgency && entryInterval(entry, nowSeconds) < FLOOR_SECONDS) {
      frequent.push([id, score]);
    } else if (nowSeconds - lastRead >= FLOOR_SECONDS) {
      floor.push([id, lastRead]);
    } else if (score >= Math.min(limits.minUrgency, EARLY_URGENCY)) {
      early.push([id, score]);
    }
  }

  flagged.sort(([idA, a], [idB, b]) => (b.w ?? 0) - (a.w ?? 0) || idB - idA);
  frequent.sort(([idA, a], [idB, b]) => b - a || idB - idA);
  floor.sort(([idA, a], [idB, b]) => a - b || idA - idB);
  early.sort(([idA, a], [idB, b]) => b - a || idB - idA);
  const plan = [...flagged, ...frequent, ...floor].map(([id]) => id);
  for (const [id, score] of early) {
    if (score >= limits.minUrgency || plan.length < limits.budget) {
      plan.push(id);
    }
  }
  return plan.slice(0, limits.cap);
}
