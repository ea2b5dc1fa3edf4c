import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../shared/activity';
import type { ActivityType } from '../shared/api/enums';
import type { Feed, SyncStatus } from '../shared/feed';
import { EMPTY_SYNC_STATUS, FEED_KEY, SYNC_STATUS_KEY, markFeedSeen } from '../shared/feed';
import { UNSEEN_COLOR, deriveBadge, formatCount, refreshBadge } from './badge';
import { handleStorageChanged } from './storage-changes';
import { installBrowserStubs } from './testing';

function activity(index: number, type: ActivityType = 'Viewed'): ActivityRecord {
  return {
    key: `a:${index}`,
    activityId: index,
    type,
    invoiceId: 1,
    invoiceNumber: 'INV-1',
    clientName: null,
    amount: null,
    currencyCode: null,
    message: null,
    link: null,
    occurredAt: null,
    detectedAt: 1_000 + index,
  };
}

function feedWith(count: number, seenAt = 0, type: ActivityType = 'Viewed'): Feed {
  return { accountId: 'account', seenAt, activities: Array.from({ length: count }, (_, index) => activity(index, type)) };
}

function failed(kind: 'unauthorized' | 'network'): SyncStatus {
  return { ...EMPTY_SYNC_STATUS, phase: 'error', error: { kind, message: 'technical detail', at: 1 } };
}

beforeEach(() => {
  installBrowserStubs();
});

describe('formatCount', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('formats %i as %j', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});

describe('deriveBadge', () => {
  it('shows the unseen count', () => {
    const badge = deriveBadge({ ...EMPTY_SYNC_STATUS, lastSuccessAt: Date.UTC(2026, 11, 4) }, feedWith(5));
    expect(badge.text).toBe('5');
    expect(badge.color).toBe(UNSEEN_COLOR);
    expect(badge.title).toMatch(/^Envoice Companion: 5 new, last checked .*2026/);
  });

  it('is empty when everything was seen', () => {
    expect(deriveBadge(EMPTY_SYNC_STATUS, feedWith(5, 10_000)).text).toBe('');
    expect(deriveBadge(EMPTY_SYNC_STATUS, null).text).toBe('');
  });

  it('counts notifiable activities only', () => {
    expect(deriveBadge(EMPTY_SYNC_STATUS, feedWith(3, 0, 'SentViaEmail')).text).toBe('');
  });

  it('shows an error over the count', () => {
    const unauthorized = deriveBadge(failed('unauthorized'), feedWith(5));
    expect(unauthorized.text).toBe('!');
    expect(unauthorized.color).toBe('#d93025');
    expect(unauthorized.title).not.toContain('technical detail');
    expect(deriveBadge(failed('network'), feedWith(5)).text).toBe('off');
  });

  it('puts the last sync time in the title', () => {
    expect(deriveBadge(EMPTY_SYNC_STATUS, null).title).toBe('Envoice Companion: not checked yet');
    expect(deriveBadge({ ...EMPTY_SYNC_STATUS, lastSuccessAt: Date.UTC(2026, 11, 4) }, null).title).toMatch(/^Envoice Companion: last checked .*2026/);
  });
});

describe('refreshBadge', () => {
  it('shows the derived badge', async () => {
    await fakeBrowser.storage.local.set({ [FEED_KEY]: feedWith(150), [SYNC_STATUS_KEY]: EMPTY_SYNC_STATUS });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('99+');
  });

  it('clears when the popup marks the feed seen', async () => {
    fakeBrowser.storage.onChanged.addListener((changes, areaName) => void handleStorageChanged(changes, areaName));
    await fakeBrowser.storage.local.set({ [FEED_KEY]: feedWith(3) });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('3');
    await markFeedSeen(Date.now());
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
