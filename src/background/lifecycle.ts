// Install, browser start, coming back online or to the keyboard, and permission changes: each
// makes sure the alarm exists and syncs.

import type { Idle, Permissions, Runtime } from 'webextension-polyfill';
import { createLogger } from '../shared/log';
import { envoiceOriginPattern } from '../shared/permissions';
import { loadSettings } from '../shared/settings';
import { ensureSyncAlarm } from './alarms';
import { refreshBadge } from './badge';
import { requestSync } from './sync-runner';

const log = createLogger('lifecycle');

let lastIdleState: Idle.IdleState = 'active';

export async function handleInstalled(details: Runtime.OnInstalledDetailsType): Promise<void> {
  log.debug(`Installed (${details.reason})`);
  const settings = await loadSettings();
  await ensureSyncAlarm(settings.pollIntervalMinutes);
  await requestSync('install');
}

export async function handleStartup(): Promise<void> {
  const settings = await loadSettings();
  await ensureSyncAlarm(settings.pollIntervalMinutes);
  // Chrome does not keep badge text across browser restarts.
  await refreshBadge();
  await requestSync('startup');
}

export async function handleOnline(): Promise<void> {
  await requestSync('online');
}

/**
 * Syncs when the user comes back after being idle or locked, so the "While you were away"
 * summary appears right away instead of at the next alarm.
 */
export async function handleIdleStateChanged(state: Idle.IdleState): Promise<void> {
  const wasAway = lastIdleState !== 'active';
  lastIdleState = state;
  if (state === 'active' && wasAway) {
    // NOTE: SyncReason has no value for this; 'online' is the nearest (conditions came back).
    await requestSync('online');
  }
}

/** Syncs when the Envoice host permission was granted or withdrawn, to update the status. */
export async function handlePermissionsChanged(permissions: Permissions.Permissions): Promise<void> {
  if (permissions.origins?.includes(envoiceOriginPattern()) !== true) {
    return;
  }
  await requestSync('settings');
}
