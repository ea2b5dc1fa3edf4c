import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityRecord } from '../shared/activity';
import { ENVOICE_BASE_URL } from '../shared/build-config';
import { PENDING_KEY } from '../sync/state';
import type { PendingNotification } from '../sync/types';
import { fetchShareLink } from './api-client';
import { NOTIFICATION_TARGETS_KEY } from './notification-targets';
import { deliverPendingNotifications, handleNotificationClicked, handleNotificationClosed } from './notifications';
import { installBrowserStubs } from './testing';

vi.mock('./api-client', () => ({ fetchShareLink: vi.fn(), createApi: vi.fn() }));

function activity(key: string, changes: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    key,
    activityId: 7,
    type: 'Paid',
    invoiceId: 42,
    invoiceNumber: 'INV-0042',
    clientName: 'Acme GmbH',
    amount: null,
    currencyCode: null,
    message: 'Invoice was paid',
    link: 'https://www.envoice.in/i/abc',
    occurredAt: null,
    detectedAt: 1,
    ...changes,
  };
}

function pendingActivity(record: ActivityRecord): PendingNotification {
  return { kind: 'activity', id: record.key, activity: record, queuedAt: 1 };
}

async function queue(...entries: PendingNotification[]): Promise<void> {
  await fakeBrowser.storage.local.set({ [PENDING_KEY]: entries });
}

async function pendingIds(): Promise<string[]> {
  const { [PENDING_KEY]: raw } = await fakeBrowser.storage.local.get(PENDING_KEY);
  return ((raw ?? []) as PendingNotification[]).map((entry) => entry.id);
}

beforeEach(() => {
  installBrowserStubs();
  vi.mocked(fetchShareLink).mockReset();
});

describe('deliverPendingNotifications', () => {
  it('creates notifications with ids from keys', async () => {
    await queue(pendingActivity(activity('a:7')), pendingActivity(activity('a:8', { type: 'Viewed' })));
    expect(await deliverPendingNotifications({ notificationsEnabled: true })).toBe(2);
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown).sort()).toEqual(['a:7', 'a:8']);
    expect(shown['a:7']).toMatchObject({ type: 'basic', iconUrl: 'icons/icon-128.png', title: 'INV-0042 paid', message: 'Acme GmbH · Invoice was paid' });
    expect(shown['a:7']).not.toHaveProperty('buttons');
    expect(shown['a:7']).not.toHaveProperty('requireInteraction');
  });

  it('acknowledges what it showed', async () => {
    await queue(pendingActivity(activity('a:7')));
    await deliverPendingNotifications({ notificationsEnabled: true });
    expect(await pendingIds()).toEqual([]);
  });

  it('replaces a repeat under the same id', async () => {
    await queue(pendingActivity(activity('a:7')));
    await deliverPendingNotifications({ notificationsEnabled: true });
    await queue(pendingActivity(activity('a:7', { message: 'Paid again' })));
    await deliverPendingNotifications({ notificationsEnabled: true });
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown)).toEqual(['a:7']);
    expect(shown['a:7']?.message).toBe('Acme GmbH · Paid again');
  });

  it('shows a summary entry', async () => {
    await queue({ kind: 'summary', id: 'summary:1', counts: { paid: 3, viewed: 5 }, keys: ['a:1'], away: false, queuedAt: 1 });
    await deliverPendingNotifications({ notificationsEnabled: true });
    expect(fakeBrowser.notifications.getAllCreateOptions()['summary:1']).toMatchObject({ title: '8 new activities', message: '3 paid, 5 viewed' });
  });

  it('acknowledges unshown when disabled', async () => {
    await queue(pendingActivity(activity('a:7')));
    expect(await deliverPendingNotifications({ notificationsEnabled: false })).toBe(0);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await pendingIds()).toEqual([]);
  });

  it('acknowledges a notification the browser refused', async () => {
    await queue(pendingActivity(activity('a:7')));
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('denied'));
    expect(await deliverPendingNotifications({ notificationsEnabled: true })).toBe(0);
    expect(await pendingIds()).toEqual([]);
  });
});

describe('handleNotificationClicked', () => {
  async function show(record: ActivityRecord): Promise<void> {
    await queue(pendingActivity(record));
    await deliverPendingNotifications({ notificationsEnabled: true });
  }

  it('opens the activity link and clears', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await show(activity('a:7'));
    await handleNotificationClicked('a:7');
    expect(create).toHaveBeenCalledWith({ url: 'https://www.envoice.in/i/abc' });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    const { [NOTIFICATION_TARGETS_KEY]: targets } = await fakeBrowser.storage.local.get(NOTIFICATION_TARGETS_KEY);
    expect(targets).toEqual({});
  });

  it('rejects a javascript: link for the share link', async () => {
    vi.mocked(fetchShareLink).mockResolvedValue('https://www.envoice.in/share/42');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await show(activity('a:7', { link: 'javascript:alert(1)' }));
    await handleNotificationClicked('a:7');
    expect(fetchShareLink).toHaveBeenCalledWith(42);
    expect(create).toHaveBeenCalledWith({ url: 'https://www.envoice.in/share/42' });
  });

  it('rejects an unsafe share link too', async () => {
    vi.mocked(fetchShareLink).mockResolvedValue('data:text/html,hi');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await show(activity('a:7', { link: null }));
    await handleNotificationClicked('a:7');
    expect(create).toHaveBeenCalledWith({ url: new URL(ENVOICE_BASE_URL).href });
  });

  it('falls back to the site when the share link fails', async () => {
    vi.mocked(fetchShareLink).mockRejectedValue(new Error('offline'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await show(activity('a:7', { link: null }));
    await handleNotificationClicked('a:7');
    expect(create).toHaveBeenCalledWith({ url: new URL(ENVOICE_BASE_URL).href });
  });

  it('opens the site for an unknown id', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleNotificationClicked('a:unknown');
    expect(fetchShareLink).not.toHaveBeenCalled();
    expect(create).toHaveBeenCalledWith({ url: new URL(ENVOICE_BASE_URL).href });
  });

  it('keeps targets across a worker restart', async () => {
    await show(activity('a:7'));
    vi.resetModules();
    const restarted = await import('./notifications');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await restarted.handleNotificationClicked('a:7');
    expect(create).toHaveBeenCalledWith({ url: 'https://www.envoice.in/i/abc' });
  });
});

describe('handleNotificationClosed', () => {
  it('forgets the target', async () => {
    await queue(pendingActivity(activity('a:7')));
    await deliverPendingNotifications({ notificationsEnabled: true });
    await handleNotificationClosed('a:7');
    const { [NOTIFICATION_TARGETS_KEY]: targets } = await fakeBrowser.storage.local.get(NOTIFICATION_TARGETS_KEY);
    expect(targets).toEqual({});
  });
});
