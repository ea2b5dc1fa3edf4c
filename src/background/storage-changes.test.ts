import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SYNC_STATUS, FEED_KEY } from '../shared/feed';
import { SETTINGS_KEY } from '../shared/settings';
import { SYNC_ALARM } from './alarms';
import { refreshBadge } from './badge';
import { handleStorageChanged } from './storage-changes';
import { requestSync } from './sync-runner';

vi.mock('./sync-runner', () => ({ requestSync: vi.fn(async () => EMPTY_SYNC_STATUS) }));
vi.mock('./badge', () => ({ refreshBadge: vi.fn(async () => undefined) }));

const saved = { apiKey: 'key-1', apiSecret: 'secret-1', pollIntervalMinutes: 1 };

function settingsChange(oldValue: unknown, newValue: unknown) {
  return { [SETTINGS_KEY]: { oldValue, newValue } };
}

beforeEach(() => {
  vi.mocked(requestSync).mockClear();
  vi.mocked(refreshBadge).mockClear();
});

describe('handleStorageChanged', () => {
  it('resets state for a new key', async () => {
    await handleStorageChanged(settingsChange(saved, { ...saved, apiKey: 'key-2' }), 'local');
    expect(requestSync).toHaveBeenCalledWith('settings', { resetAccount: true });
  });

  it('resets state for first credentials', async () => {
    await handleStorageChanged(settingsChange(undefined, saved), 'local');
    expect(requestSync).toHaveBeenCalledWith('settings', { resetAccount: true });
  });

  it('keeps state for a new secret', async () => {
    await handleStorageChanged(settingsChange(saved, { ...saved, apiSecret: 'secret-2' }), 'local');
    expect(requestSync).toHaveBeenCalledWith('settings', { resetAccount: false });
  });

  it('re-plans the alarm for a new interval', async () => {
    await handleStorageChanged(settingsChange(saved, { ...saved, pollIntervalMinutes: 5 }), 'local');
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(5);
  });

  it('refreshes the badge on feed writes', async () => {
    await handleStorageChanged({ [FEED_KEY]: { newValue: {} } }, 'local');
    expect(refreshBadge).toHaveBeenCalledTimes(1);
    expect(requestSync).not.toHaveBeenCalled();
  });

  it('ignores other storage areas', async () => {
    await handleStorageChanged(settingsChange(saved, { ...saved, apiKey: 'key-2' }), 'sync');
    expect(requestSync).not.toHaveBeenCalled();
  });
});
