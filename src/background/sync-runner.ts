// Runs one sync at a time: builds the engine's environment from settings and browser state,
// runs it, then shows queued notifications, plans a retry and updates the badge.

import browser from 'webextension-polyfill';
import type { StoredError } from '../shared/api/errors';
import { ENVOICE_BASE_URL } from '../shared/build-config';
import type { SyncPhase, SyncStatus } from '../shared/feed';
import { SYNC_STATUS_KEY, readSyncStatus } from '../shared/feed';
import { createLogger, setDebugLogging } from '../shared/log';
import type { SyncReason } from '../shared/messages';
import { hasHostPermission } from '../shared/permissions';
import type { Settings } from '../shared/settings';
import { accountIdOf, hasCredentials, loadSettings } from '../shared/settings';
import { resetAccountState, runSync } from '../sync';
import type { SyncEnvironment } from '../sync/types';
import { scheduleRetry } from './alarms';
import { createApi } from './api-client';
import { refreshBadge } from './badge';
import { readConditions } from './conditions';
import { deliverPendingNotifications } from './notifications';
import { localStorageArea } from './storage';

const log = createLogger('sync-runner');

export interface SyncRequestOptions {
  /** Drops the previous account's sync state first, because the credentials now name another account. */
  resetAccount?: boolean;
}

let current: Promise<SyncStatus> | null = null;

/**
 * Runs a sync, or joins the one already running. A request that resets the account never joins:
 * it queues behind the running sync, so that sync's writes cannot land after the reset.
 */
export function requestSync(reason: SyncReason, options: SyncRequestOptions = {}): Promise<SyncStatus> {
  if (current !== null && options.resetAccount !== true) {
    return current;
  }
  const previous = current ?? Promise.resolve();
  const next = previous.then(
    async () => await performSync(reason, options),
    async () => await performSync(reason, options),
  );
  current = next;
  const release = () => {
    if (current === next) {
      current = null;
    }
  };
  next.then(release, release);
  return next;
}

async function performSync(reason: SyncReason, options: SyncRequestOptions): Promise<SyncStatus> {
  try {
    return await syncOnce(reason, options);
  } catch (error) {
    // The engine records expected failures in the status itself; this is a bug or a browser fault.
    log.error(`Sync (${reason}) failed unexpectedly`, error);
    return await readSyncStatus();
  } finally {
    await refreshBadge().catch((error: unknown) => log.warn('Could not update the badge', error));
  }
}

async function syncOnce(reason: SyncReason, options: SyncRequestOptions): Promise<SyncStatus> {
  const settings = await loadSettings();
  setDebugLogging(settings.debugLogging);
  if (options.resetAccount === true) {
    await resetAccountState(localStorageArea);
  }

  if (!hasCredentials(settings)) {
    return await writeBlockedStatus('not-configured', { kind: 'not-configured', message: 'No API key and secret are saved.', at: Date.now() });
  }
  if (!(await hasHostPermission())) {
    const message = `The browser does not allow access to ${ENVOICE_BASE_URL}.`;
    return await writeBlockedStatus('waiting-for-permission', { kind: 'permission', message, at: Date.now() });
  }

  log.debug(`Sync started (${reason})`);
  const outcome = await runSync(await buildEnvironment(settings), reason);
  log.debug(`Sync finished (${reason})`, { skipped: outcome.skipped, counts: outcome.counts });

  await deliverPendingNotifications(settings);
  await scheduleRetry(outcome.status.nextAttemptAt, settings.pollIntervalMinutes);
  return outcome.status;
}

export async function buildEnvironment(settings: Settings): Promise<SyncEnvironment> {
  return {
    api: createApi(settings),
    storage: localStorageArea,
    accountId: accountIdOf(settings, ENVOICE_BASE_URL),
    now: Date.now,
    conditions: await readConditions(),
    settings: { detailBudget: settings.detailBudget, notificationsEnabled: settings.notificationsEnabled },
  };
}

/** Records why no sync could start, keeping the times of earlier syncs. */
async function writeBlockedStatus(phase: SyncPhase, error: StoredError): Promise<SyncStatus> {
  const status: SyncStatus = { ...(await readSyncStatus()), phase, error, nextAttemptAt: null };
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
  log.debug(`Sync not started: ${error.message}`);
  return status;
}
