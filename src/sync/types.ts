// The sync engine's contract with the background worker. The worker builds a SyncEnvironment for
// each sync and delivers notifications from the persisted queue. Everything else (which invoices
// to read, which activities are new, backoff) is decided inside runSync.

import type { ActivityCategory, ActivityRecord } from '../shared/activity';
import type { EnvoiceApi } from '../shared/api/types';
import type { SyncStatus } from '../shared/feed';

/** The subset of `browser.storage.local` the engine uses; one `set` call is one atomic write. */
export interface KeyValueStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface SyncConditions {
  online: boolean;
  /** From `browser.idle.queryState`; a locked or idle machine gets a smaller detail budget. */
  idleState: 'active' | 'idle' | 'locked';
}

export interface SyncSettings {
  /**
   * settings.detailBudget (default 8). Detail reads follow demand up to three times this a sync;
   * quiet syncs read early up to this many to spread the reads out.
   */
  detailBudget: number;
  /** When false, activities still reach the feed but nothing is queued for notification. */
  notificationsEnabled: boolean;
}

export interface SyncEnvironment {
  api: EnvoiceApi;
  storage: KeyValueStorage;
  /** Identifies the account the stored state belongs to (see accountIdOf); a change starts a new baseline. */
  accountId: string;
  /** Epoch milliseconds. */
  now(): number;
  /** Float in [0, 1) for backoff jitter; Math.random when absent. */
  random?(): number;
  conditions: SyncConditions;
  settings: SyncSettings;
}

/** Reason a sync made no requests; absent when it did its work. */
export type SyncSkipReason = 'offline' | 'waiting' | 'unauthorized';

export interface SyncCounts {
  /** Invoice list pages read. */
  listPages: number;
  /** Invoice detail reads that succeeded. */
  detailReads: number;
  /** Every API request made, failed ones included. */
  requests: number;
  /** Activities added to the feed by this sync. */
  newActivities: number;
  /** Activities queued for notification by this sync (inside a summary or alone). */
  notified: number;
}

export interface SyncOutcome {
  status: SyncStatus;
  counts: SyncCounts;
  skipped: SyncSkipReason | null;
}

/** One activity to show as a desktop notification; `id` equals `activity.key`. */
export interface ActivityNotification {
  kind: 'activity';
  id: string;
  activity: ActivityRecord;
  /** Epoch milliseconds. */
  queuedAt: number;
}

/**
 * Several activities found by one sync, shown as one notification ("3 paid, 5 viewed").
 * `away` is true when no sync had succeeded for a long time before ("While you were away: …").
 */
export interface SummaryNotification {
  kind: 'summary';
  id: string;
  counts: Partial<Record<ActivityCategory, number>>;
  /** Keys of the activities the summary stands for, newest first. */
  keys: string[];
  away: boolean;
  queuedAt: number;
}

export type PendingNotification = ActivityNotification | SummaryNotification;

/** Cause of a budget boost, kept for logs only. */
export type BoostReason = 'popup' | 'invoice-created' | 'invoice-sent';
