// Decides which invoices to read in detail this sync. Detail reads are the only way to see
// activities and each costs one request, so they go where activity is likely. Changed and new
// invoices come first, then recently sent ones, because views and payments cluster right after
// sending, then the other open invoices by least recently read.

import type { SyncConditions } from './types';
import type { InvoiceEntry } from './state';

/** Budget multiplier while a boost lasts (popup opened, invoice created or sent). */
export const BOOST_FACTOR = 3;
/** Paid and void invoices are re-read for this long after the status change, then never. */
export const CLOSED_WINDOW_SECONDS = 3 * 86_400;
/** Read interval of open invoices with no recent send, due date or status change. */
export const OPEN_READ_INTERVAL_SECONDS = 45 * 60;
/** Read interval of paid and void invoices inside CLOSED_WINDOW_SECONDS: clients seldom return to them. */
export const CLOSED_READ_INTERVAL_SECONDS = 30 * 60;
/** A due date or Overdue status counts as this much older than a send: reminders draw fewer views. */
const DUE_OFFSET_SECONDS = 6 * 3600;
/** Reads that are not yet due are still made when budget is left and they are at least this far along. */
const MIN_URGENCY = 0.5;
/**
 * Share of the budget that goes to the least recently read watched invoices whatever their age,
 * so that old open invoices are not starved while many recent ones are due.
 */
export const ROUND_ROBIN_SHARE = 1 / 3;

const CLOSED_STATUSES: ReadonlySet<string> = new Set(['Paid', 'Void']);

/** Read interval by age of the invoice's latest send, issue or status change: younger is read more often. */
const INTERVALS: readonly (readonly [maxAgeSeconds: number, intervalSeconds: number])[] = [
  [3600, 60],
  [6 * 3600, 120],
  [86_400, 240],
  [3 * 86_400, 600],
  [7 * 86_400, 1200],
];

export interface BudgetInput {
  base: number;
  conditions: SyncConditions;
  boostUntil: number;
  now: number;
}

/** Detail reads allowed this sync: none offline, one when locked, half when idle, three times during a boost. */
export function detailBudget({ base, conditions, boostUntil, now }: BudgetInput): number {
  if (!conditions.online) {
    return 0;
  }
  if (conditions.idleState === 'locked') {
    return 1;
  }
  const boosted = now < boostUntil ? base * BOOST_FACTOR : base;
  const scaled = conditions.idleState === 'idle' ? Math.floor(boosted / 2) : boosted;
  return Math.max(1, Math.floor(scaled));
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

export function readInterval(ageSeconds: number): number {
  for (const [maxAge, interval] of INTERVALS) {
    if (ageSeconds < maxAge) {
      return interval;
    }
  }
  return OPEN_READ_INTERVAL_SECONDS;
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

/**
 * Returns how overdue a read is: 1 means exactly one read interval has passed since the last read.
 * Never-read invoices count from when they were first listed, so the baseline reads spread out.
 */
export function urgency(entry: InvoiceEntry, nowSeconds: number): number {
  const age = Math.max(0, nowSeconds - activityAnchor(entry, nowSeconds));
  const lastRead = entry.r > 0 ? entry.r : entry.f - OPEN_READ_INTERVAL_SECONDS;
  const interval = CLOSED_STATUSES.has(entry.s) ? Math.max(CLOSED_READ_INTERVAL_SECONDS, readInterval(age)) : readInterval(age);
  return (nowSeconds - lastRead) / interval;
}

/**
 * Returns invoice ids to read, most important first, at most `budget`. Invoices flagged by the list
 * diff come first (new ones before changed ones). Of the rest of the budget, a share goes to the
 * least recently read watched invoices and the remainder to the most urgent.
 */
export function planDetailReads(entries: ReadonlyMap<number, InvoiceEntry>, nowSeconds: number, budget: number): number[] {
  if (budget <= 0) {
    return [];
  }
  const flagged: [number, InvoiceEntry][] = [];
  const scored: [id: number, urgency: number, lastRead: number][] = [];
  for (const [id, entry] of entries) {
    if (entry.n === 1) {
      flagged.push([id, entry]);
      continue;
    }
    if (!isWatched(entry, nowSeconds)) {
      continue;
    }
    const score = urgency(entry, nowSeconds);
    if (score >= MIN_URGENCY) {
      scored.push([id, score, entry.r > 0 ? entry.r : entry.f - OPEN_READ_INTERVAL_SECONDS]);
    }
  }

  flagged.sort(([idA, a], [idB, b]) => (b.w ?? 0) - (a.w ?? 0) || idB - idA);
  const plan = flagged.map(([id]) => id).slice(0, budget);
  const remaining = budget - plan.length;
  if (remaining <= 0) {
    return plan;
  }

  const byUrgency = [...scored].sort(([idA, a], [idB, b]) => b - a || idB - idA);
  const byLastRead = [...scored].sort(([idA, , a], [idB, , b]) => a - b || idA - idB);
  const roundRobin = remaining >= 3 ? Math.floor(remaining * ROUND_ROBIN_SHARE) : 0;
  const chosen = new Set<number>();
  for (const [id] of byLastRead) {
    if (chosen.size >= roundRobin) break;
    chosen.add(id);
  }
  for (const [id] of byUrgency) {
    if (chosen.size >= remaining) break;
    chosen.add(id);
  }
  const urgencyOrder = new Map(byUrgency.map(([id], index) => [id, index]));
  return [...plan, ...[...chosen].sort((a, b) => (urgencyOrder.get(a) ?? 0) - (urgencyOrder.get(b) ?? 0))];
}

/** Tells whether some watched invoice has never been read, so the baseline is still being filled in. */
export function hasUnreadWatched(entries: ReadonlyMap<number, InvoiceEntry>, nowSeconds: number): boolean {
  for (const entry of entries.values()) {
    if (entry.r === 0 && isWatched(entry, nowSeconds)) {
      return true;
    }
  }
  return false;
}
