import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../shared/activity';
import { createMemoryStorage } from './memory-storage';
import { PENDING_LIMIT, acknowledgeNotifications, activityEntries, appendToQueue, summarizeSync, takePendingNotifications } from './queue';
import { PENDING_KEY } from './state';

function record(id: number, type: ActivityRecord['type'] = 'Viewed'): ActivityRecord {
  return {
    key: `a:${id}`, activityId: id, type, invoiceId: 1, invoiceNumber: 'INV-1', clientName: null, amount: null,
    currencyCode: null, message: null, link: null, occurredAt: null, detectedAt: 0,
  };
}

describe('summarizeSync', () => {
  it('keeps up to three entries as they are', () => {
    const queue = activityEntries([record(1), record(2), record(3)], 100);
    expect(summarizeSync(queue, 100, false)).toEqual(queue);
  });

  it('folds more than three into one summary with counts and keys', () => {
    const queue = activityEntries([record(1), record(2, 'Paid'), record(3, 'NewPaymentWithStripe'), record(4)], 100);
    const [summary] = summarizeSync(queue, 100, true);
    expect(summary).toMatchObject({ kind: 'summary', away: true, counts: { viewed: 2, paid: 2 } });
    expect(summary?.kind === 'summary' ? [...summary.keys].sort() : []).toEqual(['a:1', 'a:2', 'a:3', 'a:4']);
  });

  it('leaves entries of earlier syncs alone', () => {
    const earlier = activityEntries([record(9)], 50);
    const queue = [...earlier, ...activityEntries([1, 2, 3, 4].map((id) => record(id)), 100)];
    const result = summarizeSync(queue, 100, false);
    expect(result[0]).toEqual(earlier[0]);
    expect(result).toHaveLength(2);
  });
});

describe('appendToQueue', () => {
  it('replaces an entry with the same id', () => {
    const queue = appendToQueue(activityEntries([record(1)], 1), activityEntries([record(1)], 2));
    expect(queue).toHaveLength(1);
    expect(queue[0]?.queuedAt).toBe(2);
  });

  it('folds the oldest entries past the limit', () => {
    const many = activityEntries(Array.from({ length: PENDING_LIMIT + 5 }, (_, index) => record(index + 1)), 1);
    const queue = appendToQueue([], many);
    expect(queue).toHaveLength(PENDING_LIMIT);
    expect(queue[0]).toMatchObject({ kind: 'summary', counts: { viewed: 6 } });
  });
});

describe('acknowledgeNotifications', () => {
  it('removes only the acknowledged ids', async () => {
    const storage = createMemoryStorage({ [PENDING_KEY]: activityEntries([record(1), record(2)], 1) });
    await acknowledgeNotifications(storage, ['a:1']);
    const remaining = await takePendingNotifications(storage);
    expect(remaining.map((entry) => entry.id)).toEqual(['a:2']);
  });

  it('tolerates a damaged queue', async () => {
    const storage = createMemoryStorage({ [PENDING_KEY]: 'not a list' });
    expect(await takePendingNotifications(storage)).toEqual([]);
    await acknowledgeNotifications(storage, ['a:1']);
  });
});
