// Network and user presence, as the worker reads them before each sync.

import browser from 'webextension-polyfill';
import type { SyncConditions } from '../sync/types';

/** Seconds without input after which the browser reports the user idle. */
export const IDLE_DETECTION_SECONDS = 60;

async function queryIdleState(): Promise<SyncConditions['idleState']> {
  try {
    return await browser.idle.queryState(IDLE_DETECTION_SECONDS);
  } catch {
    // The idle API is missing when the permission is; then the user counts as present.
    return 'active';
  }
}

export async function readConditions(): Promise<SyncConditions> {
  return { online: navigator.onLine, idleState: await queryIdleState() };
}
