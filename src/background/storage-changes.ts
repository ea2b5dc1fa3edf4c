// Reacts to writes by any extension page. Saved settings re-plan the alarm and start a sync, from
// a fresh baseline when the account changed. Writes to the feed or the sync status update the badge.

import type { Storage } from 'webextension-polyfill';
import { ENVOICE_BASE_URL } from '../shared/build-config';
import { FEED_KEY, FEED_SEEN_KEY, SYNC_STATUS_KEY } from '../shared/feed';
import { setDebugLogging } from '../shared/log';
import { SETTINGS_KEY, accountIdOf, effectiveSettings } from '../shared/settings';
import { ensureSyncAlarm } from './alarms';
import { refreshBadge } from './badge';
import { requestSync } from './sync-runner';

/**
 * Handles a settings save. A new API key means another account, so the sync state starts over.
 * A new secret for the same key keeps the state, because the history is the same account's.
 */
export async function handleSettingsChange(oldValue: unknown, newValue: unknown): Promise<void> {
  const before = effectiveSettings(oldValue);
  const after = effectiveSettings(newValue);
  setDebugLogging(after.debugLogging);

  if (before.pollIntervalMinutes !== after.pollIntervalMinutes) {
    await ensureSyncAlarm(after.pollIntervalMinutes);
  }
  const accountChanged = accountIdOf(before, ENVOICE_BASE_URL) !== accountIdOf(after, ENVOICE_BASE_URL);
  await requestSync('settings', { resetAccount: accountChanged });
}

export async function handleStorageChanged(changes: Record<string, Storage.StorageChange>, areaName: string): Promise<void> {
  if (areaName !== 'local') {
    return;
  }
  const settingsChange = changes[SETTINGS_KEY];
  if (settingsChange !== undefined) {
    await handleSettingsChange(settingsChange.oldValue, settingsChange.newValue);
  }
  if (FEED_KEY in changes || FEED_SEEN_KEY in changes || SYNC_STATUS_KEY in changes) {
    await refreshBadge();
  }
}
