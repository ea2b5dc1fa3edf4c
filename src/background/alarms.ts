// Polling runs on `browser.alarms`, which outlive the worker: one periodic alarm for regular
// syncs and a one-shot alarm for the end of a long backoff.

import type { Alarms } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import { createLogger } from '../shared/log';

const log = createLogger('alarms');

export const SYNC_ALARM = 'sync';
export const RETRY_ALARM = 'sync-retry';

const MINUTE_MS = 60_000;

/**
 * Creates the periodic sync alarm when it is missing or runs at another period. Creating an alarm
 * replaces one of the same name, so calling this on every start never duplicates it.
 * Returns whether it (re)created the alarm.
 */
export async function ensureSyncAlarm(periodInMinutes: number): Promise<boolean> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) {
    return false;
  }
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
  log.debug(`Sync alarm set to every ${periodInMinutes} min`);
  return true;
}

/**
 * Sets a one-shot alarm at the engine's next attempt when that is more than one period away, so a
 * sync happens right when a long backoff ends. Otherwise clears it. The engine itself skips the
 * periodic syncs that come before `nextAttemptAt`.
 */
export async function scheduleRetry(nextAttemptAt: number | null, periodInMinutes: number, now: number = Date.now()): Promise<void> {
  if (nextAttemptAt === null || nextAttemptAt - now <= periodInMinutes * MINUTE_MS) {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  await browser.alarms.create(RETRY_ALARM, { when: nextAttemptAt });
  log.debug(`Retry alarm set for ${new Date(nextAttemptAt).toISOString()}`);
}

export function isSyncAlarm(alarm: Alarms.Alarm): boolean {
  return alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM;
}
