// Collects what a sync has learnt since its last write and writes it in one storage.set: the
// touched invoice entries (with their seen activity ids), the feed and the notification queue.
// A worker stopped at any point has either all of a checkpoint or none of it. What it loses is
// read again by the next sync, because the seen ids were not written either.

import type { ActivityRecord } from '../shared/activity';
import { isNotifiable } from '../shared/activity';
import type { Feed } from '../shared/feed';
import { FEED_KEY, emptyFeed, mergeActivities } from '../shared/feed';
import { withStorageLock } from './lock';
import { activityEntries, appendToQueue, summarizeSync } from './queue';
import type { SyncState } from './state';
import { BUCKET_KEYS, META_KEY, PENDING_KEY, bucketItems } from './state';
import type { KeyValueStorage, PendingNotification } from './types';

export interface CommitOptions {
  accountId: string;
  notificationsEnabled: boolean;
  /** Start of the running sync; queue entries carry it so the last commit can summarise them. */
  syncStartedAt: number;
  /** Extra items written in the same storage.set, such as the sync status. */
  extra?: Record<string, unknown>;
  /** Set on the sync's last commit: folds its entries into a summary when there are many. */
  summarize?: { away: boolean };
}

function readFeed(raw: unknown, accountId: string, seenAt: number): Feed {
  if (typeof raw === 'object' && raw !== null && (raw as Feed).accountId === accountId && Array.isArray((raw as Feed).activities)) {
    return raw as Feed;
  }
  // A new account's feed starts as seen, so the activities of the baseline do not light the badge.
  return { ...emptyFeed(accountId), seenAt };
}

export interface Checkpoint {
  touch(invoiceId: number): void;
  addRecords(records: readonly ActivityRecord[], announce: readonly ActivityRecord[], replaces?: ReadonlyMap<string, string>): void;
  commit(storage: KeyValueStorage, state: SyncState, options: CommitOptions): Promise<void>;
  /** Notifiable activities committed so far by this sync. */
  readonly notified: number;
  /** Activities committed so far by this sync. */
  readonly added: number;
}

/** Starts the checkpoint of one sync. With `fresh`, the first commit also clears the previous account's data. */
export function createCheckpoint(fresh: boolean): Checkpoint {
  const dirty = new Set<number>();
  let records: ActivityRecord[] = [];
  let replaces = new Map<string, string>();
  let announce: ActivityRecord[] = [];
  let replaceAll = fresh;
  let notified = 0;
  let added = 0;

  function mergeFeed(feed: Feed): Feed {
    let activities = feed.activities;
    const merged = records.map((record) => {
      const replaced = replaces.get(record.key);
      const previous = replaced === undefined ? undefined : activities.find((activity) => activity.key === replaced);
      if (previous === undefined) {
        return record;
      }
      activities = activities.filter((activity) => activity.key !== replaced);
      // Keeps the detection time of the record it replaces, so the badge does not count the event twice.
      return { ...record, detectedAt: previous.detectedAt };
    });
    return mergeActivities({ ...feed, activities }, merged);
  }

  return {
    get notified() {
      return notified;
    },
    get added() {
      return added;
    },

    touch(invoiceId) {
      dirty.add(invoiceId);
    },

    addRecords(newRecords, newAnnounce, newReplaces) {
      records.push(...newRecords);
      announce.push(...newAnnounce);
      for (const [key, replaced] of newReplaces ?? []) {
        replaces.set(key, replaced);
      }
    },

    async commit(storage, state, options) {
      const baselineAt = state.meta.baselineAt ?? options.syncStartedAt;
      await withStorageLock(storage, async () => {
        const stored = await storage.get([FEED_KEY, PENDING_KEY]);
        const feed = mergeFeed(readFeed(replaceAll ? null : stored[FEED_KEY], options.accountId, baselineAt));

        const previousQueue = replaceAll || !Array.isArray(stored[PENDING_KEY]) ? [] : (stored[PENDING_KEY] as PendingNotification[]);
        const notifiable = options.notificationsEnabled ? announce.filter((record) => isNotifiable(record.type)) : [];
        let queue = appendToQueue(previousQueue, activityEntries(notifiable, options.syncStartedAt));
        if (options.summarize !== undefined) {
          queue = summarizeSync(queue, options.syncStartedAt, options.summarize.away);
        }

        const buckets = bucketItems(state.entries, replaceAll ? state.entries.keys() : dirty);
        if (replaceAll) {
          for (const key of BUCKET_KEYS) {
            buckets[key] ??= {};
          }
        }
        await storage.set({ ...buckets, [META_KEY]: state.meta, [FEED_KEY]: feed, [PENDING_KEY]: queue, ...options.extra });

        state.pending = queue;
        notified += notifiable.length;
        added += records.length;
      });
      dirty.clear();
      records = [];
      announce = [];
      replaces = new Map();
      replaceAll = false;
    },
  };
}
