// What the popup shows and the badge counts: recent activities and the sync status, in
// storage.local so the popup paints from storage before any request returns. The sync engine is
// the only writer of both keys. The popup records what the user has seen under a key of its own,
// so a sync that writes the feed at the same moment cannot undo it.

import browser from 'webextension-polyfill';
import type { ActivityRecord } from './activity';
import { isNotifiable } from './activity';
import type { StoredError } from './api/errors';

export const FEED_KEY = 'feed';
export const SYNC_STATUS_KEY = 'syncStatus';
/** Epoch ms up to which the user has seen the feed; written only by `markFeedSeen`. */
export const FEED_SEEN_KEY = 'feedSeenAt';

/** At most this many activities are kept for the popup; older ones are pruned. */
export const FEED_LIMIT = 200;

export interface Feed {
  accountId: string;
  /** Newest first by `detectedAt`, then by `occurredAt`. */
  activities: ActivityRecord[];
  /**
   * Epoch ms up to which the feed counts as seen. The engine stores the account's baseline time
   * here; `readFeed` raises it to the time the user last opened the popup.
   */
  seenAt: number;
}

export type SyncPhase = 'idle' | 'syncing' | 'error' | 'not-configured' | 'waiting-for-permission';

export interface SyncStatus {
  phase: SyncPhase;
  /** Epoch milliseconds of the last sync that completed. */
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  /** When the next attempt is due (backoff or Retry-After included), epoch ms. */
  nextAttemptAt: number | null;
  error: StoredError | null;
}

export const EMPTY_SYNC_STATUS: SyncStatus = {
  phase: 'idle',
  lastSuccessAt: null,
  lastAttemptAt: null,
  nextAttemptAt: null,
  error: null,
};

export function emptyFeed(accountId: string): Feed {
  return { accountId, activities: [], seenAt: 0 };
}

function isFeed(value: unknown): value is Feed {
  return typeof value === 'object' && value !== null && Array.isArray((value as Feed).activities);
}

export async function readFeed(): Promise<Feed | null> {
  const { [FEED_KEY]: raw, [FEED_SEEN_KEY]: seenByUser } = await browser.storage.local.get([FEED_KEY, FEED_SEEN_KEY]);
  if (!isFeed(raw)) {
    return null;
  }
  const seenAt = Math.max(typeof raw.seenAt === 'number' ? raw.seenAt : 0, typeof seenByUser === 'number' ? seenByUser : 0);
  return { ...raw, seenAt };
}

export async function readSyncStatus(): Promise<SyncStatus> {
  const { [SYNC_STATUS_KEY]: raw } = await browser.storage.local.get(SYNC_STATUS_KEY);
  return typeof raw === 'object' && raw !== null ? { ...EMPTY_SYNC_STATUS, ...(raw as Partial<SyncStatus>) } : EMPTY_SYNC_STATUS;
}

/** Activities the badge counts: notifiable ones found after the user last opened the popup. */
export function countUnseen(feed: Feed): number {
  return feed.activities.filter((activity) => activity.detectedAt > feed.seenAt && isNotifiable(activity.type)).length;
}

/** Merges new activities into the feed by key, newest first, keeping at most FEED_LIMIT. */
export function mergeActivities(feed: Feed, added: readonly ActivityRecord[]): Feed {
  const byKey = new Map(feed.activities.map((activity) => [activity.key, activity]));
  for (const activity of added) {
    byKey.set(activity.key, activity);
  }
  const activities = [...byKey.values()].sort(compareNewestFirst).slice(0, FEED_LIMIT);
  return { ...feed, activities };
}

function compareNewestFirst(a: ActivityRecord, b: ActivityRecord): number {
  if (a.detectedAt !== b.detectedAt) {
    return b.detectedAt - a.detectedAt;
  }
  return (b.occurredAt ?? '').localeCompare(a.occurredAt ?? '') || (b.activityId ?? 0) - (a.activityId ?? 0);
}

/** Marks everything in the feed as seen; the worker's storage listener then clears the badge. */
export async function markFeedSeen(now: number = Date.now()): Promise<void> {
  const { [FEED_SEEN_KEY]: seenAt } = await browser.storage.local.get(FEED_SEEN_KEY);
  if (typeof seenAt === 'number' && seenAt >= now) {
    return;
  }
  await browser.storage.local.set({ [FEED_SEEN_KEY]: now });
}
