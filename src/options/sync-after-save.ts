import type { SyncStatus } from '../shared/feed';
import { t } from '../shared/i18n';
import { createLogger } from '../shared/log';
import { sendMessage } from '../shared/messages';
import { settingsErrorText } from './error-text';

const log = createLogger('options');

/** How long the page waits for the worker's sync before it stops saying "Syncing…", in ms. */
const SYNC_WAIT_MS = 30_000;

export interface SyncOutcome {
  ok: boolean;
  /** The sentence shown after "Saved". */
  text: string;
}

/**
 * Requests a sync with the saved settings and returns its outcome as text. Saving the same values
 * again fires no storage change, so without this message a key that Envoice once rejected would
 * stay marked as rejected. Never throws. When the worker fails or sends no response within
 * `waitMs`, the sentence says that the next scheduled sync uses the settings.
 */
export async function syncAfterSave(waitMs: number = SYNC_WAIT_MS): Promise<SyncOutcome> {
  let timer: number | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = globalThis.setTimeout(resolve, waitMs);
  });
  const sentAt = Date.now();
  try {
    const status = await Promise.race([sendMessage('sync-now', { reason: 'settings' }), timeout]);
    return describeStatus(status, sentAt);
  } catch (error) {
    log.warn('The worker did not respond to the sync request after saving', error);
    return describeStatus(undefined, sentAt);
  } finally {
    globalThis.clearTimeout(timer);
  }
}

function describeStatus(status: SyncStatus | undefined, sentAt: number): SyncOutcome {
  // A listener that sends no response resolves the message with undefined, so the shape is checked.
  if (typeof status !== 'object' || status === null) {
    return { ok: false, text: t('options_sync_no_answer') };
  }
  if (status.error !== null && status.error !== undefined && status.phase !== 'idle') {
    return { ok: false, text: settingsErrorText(status.error) };
  }
  // A sync the worker skipped (for a backoff, say) leaves an older success time behind.
  if (status.phase === 'idle' && status.lastSuccessAt !== null && status.lastSuccessAt >= sentAt) {
    return { ok: true, text: t('options_sync_done') };
  }
  return { ok: true, text: t('options_sync_later') };
}
