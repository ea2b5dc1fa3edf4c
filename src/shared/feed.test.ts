import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from './activity';
import { countUnseen, emptyFeed, FEED_KEY, FEED_LIMIT, markFeedSeen, mergeActivities, readFeed } from './feed';

function activity(id: number, detectedAt: number, type: ActivityRecord['type'] = 'Viewed'): ActivityRecord {
  return {
    key: `a:${id}`,
    activityId: id,
    type,
    invoiceId: 1,
    invoiceNumber: 'INV-0001',
    clientName: null,
    amount: null,
    currencyCode: null,
    message: null,
    link: null,
    occurredAt: null,
    detectedAt,
  };
}

describe('feed', () => {
  it('keeps seen time when a sync rewrites the feed', async () => {
    await fakeBrowser.storage.local.set({ [FEED_KEY]: { ...emptyFeed('account'), activities: [activity(1, 100)] } });
    await markFeedSeen(500);

    // A sync that read the feed before the popup marked it seen writes its own copy afterwards.
    await fakeBrowser.storage.local.set({ [FEED_KEY]: { ...emptyFeed('account'), activities: [activity(2, 600), activity(1, 100)] } });

    const feed = await readFeed();
    expect(feed?.seenAt).toBe(500);
    expect(feed === null ? -1 : countUnseen(feed)).toBe(1);
  });

  it('uses the engine baseline when it is later', async () => {
    await markFeedSeen(100);
    await fakeBrowser.storage.local.set({ [FEED_KEY]: { ...emptyFeed('account'), seenAt: 900 } });

    expect((await readFeed())?.seenAt).toBe(900);
  });

  it('never moves seen time backwards', async () => {
    await fakeBrowser.storage.local.set({ [FEED_KEY]: emptyFeed('account') });
    await markFeedSeen(800);
    await markFeedSeen(300);

    expect((await readFeed())?.seenAt).toBe(800);
  });

  it('reads a malformed stored feed as none', async () => {
    await fakeBrowser.storage.local.set({ [FEED_KEY]: 42 });

    expect(await readFeed()).toBeNull();
  });

  it('counts only notifiable unseen activities', () => {
    const feed = { ...emptyFeed('account'), seenAt: 200, activities: [activity(3, 300), activity(2, 250, 'Created'), activity(1, 100)] };

    expect(countUnseen(feed)).toBe(1);
  });

  it('merges by key newest first within the limit', () => {
    const start = { ...emptyFeed('account'), activities: [activity(1, 100)] };
    const added = Array.from({ length: FEED_LIMIT + 5 }, (_, index) => activity(index + 1, 1_000 + index));

    const merged = mergeActivities(start, added);

    expect(merged.activities).toHaveLength(FEED_LIMIT);
    expect(merged.activities[0]?.key).toBe(`a:${FEED_LIMIT + 5}`);
    expect(new Set(merged.activities.map((entry) => entry.key)).size).toBe(FEED_LIMIT);
  });
});
