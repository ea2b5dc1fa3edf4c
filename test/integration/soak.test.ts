// 500 syncs against the in-process sandbox with random faults, workers stopped mid-sync and
// activity added between syncs. Every notifiable activity after the baseline must reach the
// notification queue under exactly one notification id, and storage must stay consistent.

import { describe, expect, it } from 'vitest';
import { createSandboxHandler, sandboxFetch, DEFAULT_API_KEY, DEFAULT_API_SECRET } from '../../sandbox/handler';
import { createAccount } from '../../sandbox/model/account';
import { createRandom } from '../../sandbox/model/random';
import { addRandomActivity } from '../../sandbox/model/random-activity';
import { FIXED_NOW } from '../../sandbox/testing';
import { categorizeActivity, isNotifiable } from '../../src/shared/activity';
import type { ActivityType } from '../../src/shared/api/enums';
import { createEnvoiceClient } from '../../src/shared/api/client';
import type { Feed, SyncStatus } from '../../src/shared/feed';
import { FEED_KEY, FEED_LIMIT, SYNC_STATUS_KEY } from '../../src/shared/feed';
import { runSync } from '../../src/sync/engine';
import { createMemoryStorage } from '../../src/sync/memory-storage';
import type { MemoryStorage } from '../../src/sync/memory-storage';
import { acknowledgeNotifications, takePendingNotifications } from '../../src/sync/queue';
import { categoryOfStatus } from '../../src/sync/records';
import { PENDING_KEY } from '../../src/sync/state';
import { addSentInvoice } from '../../src/sync/testing';
import type { KeyValueStorage, PendingNotification, SyncEnvironment } from '../../src/sync/types';

const SYNCS = 500;
const CLEAN_SYNCS = 120;
const MINUTE = 60_000;

interface Expected {
  invoiceId: number;
  category: string;
  at: number;
}

/** Returns a new storage object per simulated worker life, so nothing keyed by the object survives a stop. */
function workerView(storage: MemoryStorage): KeyValueStorage {
  return { get: (keys) => storage.get(keys), set: (items) => storage.set(items), remove: (keys) => storage.remove(keys) };
}

describe('sync soak', () => {
  it('delivers every activity once through faults and stops', async () => {
    const random = createRandom(2026);
    const clock = { now: FIXED_NOW };
    const account = createAccount({ seed: 99, invoiceCount: 40, now: () => clock.now });
    const handle = createSandboxHandler(account);
    const api = createEnvoiceClient({
      baseUrl: 'http://127.0.0.1:8787',
      apiKey: DEFAULT_API_KEY,
      apiSecret: DEFAULT_API_SECRET,
      fetch: sandboxFetch(handle),
      now: () => clock.now,
      timeoutMs: 100,
    });
    const storage = createMemoryStorage();
    const env = (): SyncEnvironment => ({
      api,
      storage: workerView(storage),
      accountId: 'soak',
      now: () => clock.now,
      random: random.next,
      conditions: { online: true, idleState: 'active' },
      settings: { detailBudget: 8, notificationsEnabled: true },
    });

    const expected = new Map<number, Expected>();
    let nextActivityId = account.nextId.activity;
    const collect = (): void => {
      for (const invoice of account.invoices) {
        for (const activity of invoice.activities) {
          if (activity.id >= nextActivityId && isNotifiable(activity.type as ActivityType)) {
            expected.set(activity.id, { invoiceId: invoice.id, category: categorizeActivity(activity.type as ActivityType), at: activity.at });
          }
        }
      }
      nextActivityId = account.nextId.activity;
    };

    /** Notification ids each activity key was shown under; more than one id is a duplicate. */
    const shownUnder = new Map<number, Set<string>>();
    const acknowledged = new Set<string>();
    const unmatched: string[] = [];
    const matchKey = (key: string): number | undefined => {
      if (key.startsWith('a:')) {
        const id = Number(key.slice(2));
        return expected.has(id) ? id : undefined;
      }
      const [, invoice, status] = key.split(':');
      const category = categoryOfStatus(status ?? '');
      let latest: [number, Expected] | undefined;
      for (const entry of expected) {
        if (entry[1].invoiceId === Number(invoice) && entry[1].category === category && (latest === undefined || entry[1].at > latest[1].at)) {
          latest = entry;
        }
      }
      return latest?.[0];
    };
    const deliver = async (acknowledge: boolean): Promise<void> => {
      const view = workerView(storage);
      const queue = await takePendingNotifications(view);
      for (const entry of queue) {
        for (const key of entry.kind === 'activity' ? [entry.id] : entry.keys) {
          const id = matchKey(key);
          if (id === undefined) {
            unmatched.push(key);
            continue;
          }
          const ids = shownUnder.get(id) ?? new Set<string>();
          ids.add(entry.id);
          shownUnder.set(id, ids);
        }
      }
      if (acknowledge) {
        await acknowledgeNotifications(view, queue.map((entry) => entry.id));
        for (const entry of queue) acknowledged.add(entry.id);
      }
    };
    const advance = async (): Promise<void> => {
      const { [SYNC_STATUS_KEY]: status } = await storage.get([SYNC_STATUS_KEY]);
      const nextAttemptAt = (status as SyncStatus | undefined)?.nextAttemptAt ?? 0;
      clock.now = Math.max(clock.now + MINUTE, nextAttemptAt);
    };

    await runSync(env(), 'install');
    for (let index = 0; index < 5; index++) {
      await advance();
      await runSync(env(), 'alarm');
    }
    collect();

    handle.faults.setRandom({ random: { server: 0.1, rateLimit: 0.05, timeout: 0.05, malformed: 0.02 }, seed: 7 });
    let stops = 0;
    for (let sync = 0; sync < SYNCS; sync++) {
      const additions = random.int(0, 2);
      for (let index = 0; index < additions; index++) {
        if (random.chance(0.1)) addSentInvoice(handle);
        else addRandomActivity(account);
      }
      collect();
      await advance();

      const stop = random.chance(0.15);
      if (stop) {
        storage.failAfterWrites(random.int(0, 5));
      }
      try {
        await runSync(env(), random.chance(0.1) ? 'popup' : 'alarm');
      } catch {
        stops++;
      }
      storage.failAfterWrites(null);
      await deliver(!random.chance(0.1));
    }

    handle.faults.clear();
    for (let sync = 0; sync < CLEAN_SYNCS; sync++) {
      await advance();
      await runSync(env(), 'alarm');
      await deliver(true);
    }

    const missed = [...expected.keys()].filter((id) => !shownUnder.has(id));
    const duplicated = [...shownUnder].filter(([, ids]) => ids.size > 1);
    expect(stops).toBeGreaterThan(10);
    expect(expected.size).toBeGreaterThan(100);
    expect(missed).toEqual([]);
    expect(duplicated).toEqual([]);
    expect(unmatched).toEqual([]);

    const stored = storage.snapshot();
    const feed = stored[FEED_KEY] as Feed;
    const keys = feed.activities.map((activity) => activity.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeLessThanOrEqual(FEED_LIMIT);
    const detected = feed.activities.map((activity) => activity.detectedAt);
    expect(detected).toEqual([...detected].sort((a, b) => b - a));
    const pending = stored[PENDING_KEY] as PendingNotification[];
    expect(pending.filter((entry) => acknowledged.has(entry.id))).toEqual([]);
  }, 90_000);
});
