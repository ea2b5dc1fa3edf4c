// The background worker's entry (Chrome's service worker, Firefox's event page). Every listener
// is added synchronously on the first turn of the script: the browser wakes the worker for an
// event only if a listener for it existed when the script last finished loading.

import browser from 'webextension-polyfill';
import { createLogger } from '../shared/log';
import { isSyncAlarm } from './alarms';
import { handleIdleStateChanged, handleInstalled, handleOnline, handlePermissionsChanged, handleStartup } from './lifecycle';
import { handleMessage } from './messages';
import { handleNotificationClicked, handleNotificationClosed } from './notifications';
import { handleStorageChanged } from './storage-changes';
import { requestSync } from './sync-runner';

const log = createLogger('worker');

/** Runs an event's work without blocking the listener, logging a failure instead of losing it. */
function detach(event: string, work: Promise<unknown>): void {
  work.catch((error: unknown) => log.error(`Handling ${event} failed`, error));
}

browser.runtime.onInstalled.addListener((details) => detach('runtime.onInstalled', handleInstalled(details)));
browser.runtime.onStartup.addListener(() => detach('runtime.onStartup', handleStartup()));
browser.runtime.onMessage.addListener(handleMessage);

browser.alarms.onAlarm.addListener((alarm) => {
  if (isSyncAlarm(alarm)) {
    detach(`alarm ${alarm.name}`, requestSync('alarm'));
  }
});

browser.notifications.onClicked.addListener((id) => detach('notifications.onClicked', handleNotificationClicked(id)));
browser.notifications.onClosed.addListener((id) => detach('notifications.onClosed', handleNotificationClosed(id)));

browser.storage.onChanged.addListener((changes, areaName) => detach('storage.onChanged', handleStorageChanged(changes, areaName)));

// The idle and permissions APIs are absent when their permission is, or in unusual hosts.
browser.idle?.onStateChanged.addListener((state) => detach('idle.onStateChanged', handleIdleStateChanged(state)));
browser.permissions?.onAdded?.addListener((permissions) => detach('permissions.onAdded', handlePermissionsChanged(permissions)));
browser.permissions?.onRemoved?.addListener((permissions) => detach('permissions.onRemoved', handlePermissionsChanged(permissions)));

self.addEventListener('online', () => detach('online', handleOnline()));
