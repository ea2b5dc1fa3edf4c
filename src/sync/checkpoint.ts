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

export class Checkpoint {
  private readonly dirty = new Set<number>();
  private records: ActivityRecord[] = [];
  private replaces = new Map<string, string>();
  private announce: ActivityRecord[] = [];
  /** True until the first commit of a fresh state, which also clears the previous account's data. */
  private replaceAll: boolean;
  /** Notifiable activities committed so far by this sync. */
  notified = 0;
  added = 0;

  constructor(fresh: boolean) {
    this.replaceAll = fresh;
  }

  touch(invoiceId: number): void {
    this.dirty.add(invoiceId);
  }

  addRecords(records: readonly ActivityRecord[], announce: readonly ActivityRecord[], replaces?: ReadonlyMap<string, string>): void {
    this.records.push(...records);
    this.announce.push(...announce);
    for (const [key, replaced] of replaces ?? []) {
      this.replaces.set(key, replaced);
    }
  }

  async commit(storage: KeyValueStorage, state: SyncState, options: CommitOptions): Promise<void> {
    const baselineAt = state.meta.baselineAt ?? options.syncStartedAt;
    await withStorageLock(storage, async () => {
      const stored = await storage.get([FEED_KEY, PENDING_KEY]);
      const feed = this.mergeFeed(readFeed(this.replaceAll ? null : stored[FEED_KEY], options.accountId, baselineAt));

      const previousQueue = this.replaceAll || !Array.isArray(stored[PENDING_KEY]) ? [] : (stored[PENDING_KEY] as PendingNotification[]);
      const notifiable = options.notificationsEnabled ? this.announce.filter((record) => isNotifiable(record.type)) : [];
      let queue = appendToQueue(previousQueue, activityEntries(notifiable, options.syncStartedAt));
      if (options.summarize !== undefined) {
        queue = summarizeSync(queue, options.syncStartedAt, options.summarize.away);
      }

      const buckets = bucketItems(state.entries, this.replaceAll ? state.entries.keys() : this.dirty);
      if (this.replaceAll) {
        for (const key of BUCKET_KEYS) {
          buckets[key] ??= {};
        }
      }
      await storage.set({ ...buckets, [META_KEY]: state.meta, [FEED_KEY]: feed, [PENDING_KEY]: queue, ...options.extra });

      state.pending = queue;
      this.notified += notifiable.length;
      this.added += this.records.length;
    });
    this.dirty.clear();
    this.records = [];
    this.announce = [];
    this.replaces = new Map();
    this.replaceAll = false;
  }

  private mergeFeed(feed: Feed): Feed {
    let activities = feed.activities;
    const added = this.records.map((record) => {
      const replaced = this.replaces.get(record.key);
      const previous = replaced === undefined ? undefined : activities.find((activity) => activity.key === replaced);
      if (previous === undefined) {
        return record;
      }
      activities = activities.filter((activity) => activity.key !== replaced);
      // Keeps the detection time of the record it replaces, so the badge does not count the event twice.
      return { ...record, detectedAt: previous.detectedAt };
    });
    return mergeActivities({ ...feed, activities }, added);
  }
}
