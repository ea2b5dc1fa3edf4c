// The pending-notification queue. The engine appends to it in the same storage write that records
// the activities as seen. The worker shows each entry with the entry's id as the notification id,
// then acknowledges it. A worker stopped between showing and acknowledging shows the same id
// again, which replaces the notification instead of adding a second one.

import type { ActivityCategory, ActivityRecord } from '../shared/activity';
import { categorizeActivity } from '../shared/activity';
import { withStorageLock } from './lock';
import { PENDING_KEY } from './state';
import type { KeyValueStorage, PendingNotification, SummaryNotification } from './types';

/** More notifiable activities than this in one sync become one summary notification. */
export const SUMMARY_THRESHOLD = 3;
/** Entries beyond this (a worker that never delivers) are folded into one summary. */
export const PENDING_LIMIT = 50;

function readQueue(raw: unknown): PendingNotification[] {
  return Array.isArray(raw) ? (raw as PendingNotification[]) : [];
}

export async function takePendingNotifications(storage: KeyValueStorage): Promise<PendingNotification[]> {
  const { [PENDING_KEY]: raw } = await storage.get([PENDING_KEY]);
  return readQueue(raw);
}

export async function acknowledgeNotifications(storage: KeyValueStorage, ids: string[]): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  const acknowledged = new Set(ids);
  await withStorageLock(storage, async () => {
    const { [PENDING_KEY]: raw } = await storage.get([PENDING_KEY]);
    const queue = readQueue(raw);
    const remaining = queue.filter((entry) => !acknowledged.has(entry.id));
    if (remaining.length !== queue.length) {
      await storage.set({ [PENDING_KEY]: remaining });
    }
  });
}

export function countByCategory(activities: readonly ActivityRecord[]): Partial<Record<ActivityCategory, number>> {
  const counts: Partial<Record<ActivityCategory, number>> = {};
  for (const activity of activities) {
    const category = categorizeActivity(activity.type);
    counts[category] = (counts[category] ?? 0) + 1;
  }
  return counts;
}

export function activityEntries(activities: readonly ActivityRecord[], queuedAt: number): PendingNotification[] {
  return activities.map((activity) => ({ kind: 'activity', id: activity.key, activity, queuedAt }));
}

/**
 * Folds the single-activity entries one sync queued into one summary when there are more than
 * SUMMARY_THRESHOLD of them. `away` marks a summary after a long time without a successful sync.
 * Entries of earlier syncs stay as they are: the worker may have shown them already.
 */
export function summarizeSync(queue: readonly PendingNotification[], syncStartedAt: number, away: boolean): PendingNotification[] {
  const ofSync = queue.filter((entry) => entry.kind === 'activity' && entry.queuedAt === syncStartedAt);
  if (ofSync.length <= SUMMARY_THRESHOLD) {
    return [...queue];
  }
  const folded = new Set(ofSync.map((entry) => entry.id));
  const summary = foldIntoSummary(ofSync, `summary:${syncStartedAt}`);
  return [...queue.filter((entry) => !folded.has(entry.id)), { ...summary, away }];
}

/** Appends entries, replacing any with the same id, and folds the oldest into a summary past PENDING_LIMIT. */
export function appendToQueue(queue: readonly PendingNotification[], added: readonly PendingNotification[]): PendingNotification[] {
  const addedIds = new Set(added.map((entry) => entry.id));
  const merged = [...queue.filter((entry) => !addedIds.has(entry.id)), ...added];
  if (merged.length <= PENDING_LIMIT) {
    return merged;
  }
  const overflow = merged.slice(0, merged.length - PENDING_LIMIT + 1);
  const last = overflow[overflow.length - 1];
  return [foldIntoSummary(overflow, `summary:folded:${last?.id ?? ''}`), ...merged.slice(overflow.length)];
}

function foldIntoSummary(entries: readonly PendingNotification[], id: string): SummaryNotification {
  const counts: Partial<Record<ActivityCategory, number>> = {};
  const keys: string[] = [];
  let away = false;
  for (const entry of entries) {
    if (entry.kind === 'activity') {
      const category = categorizeActivity(entry.activity.type);
      counts[category] = (counts[category] ?? 0) + 1;
      keys.push(entry.id);
    } else {
      for (const [category, count] of Object.entries(entry.counts) as [ActivityCategory, number][]) {
        counts[category] = (counts[category] ?? 0) + count;
      }
      keys.push(...entry.keys);
      away ||= entry.away;
    }
  }
  const last = entries[entries.length - 1];
  return { kind: 'summary', id, counts, keys: keys.reverse(), away, queuedAt: last?.queuedAt ?? 0 };
}
