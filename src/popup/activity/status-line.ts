import type { EnvoiceErrorKind } from '../../shared/api/errors';
import { describeError } from '../../shared/error-display';
import type { SyncStatus } from '../../shared/feed';
import { formatRelativeTime } from '../../shared/format';
import { t } from '../../shared/i18n';

export type StatusTone = 'normal' | 'busy' | 'error';

/** A button offered beside an error: the fix the user can make from the popup. */
export type StatusAction = 'grant-access' | 'open-settings' | null;

export interface StatusLineContent {
  text: string;
  tone: StatusTone;
  action: StatusAction;
}

function actionFor(kind: EnvoiceErrorKind): StatusAction {
  if (kind === 'permission') {
    return 'grant-access';
  }
  if (kind === 'unauthorized') {
    return 'open-settings';
  }
  return null;
}

/** Turns the stored sync status into the one line the popup shows under its header. */
export function describeSyncStatus(status: SyncStatus, syncing: boolean, workerUnreachable: boolean, now: number): StatusLineContent {
  if (syncing) {
    return { text: t('popup_status_syncing'), tone: 'busy', action: null };
  }
  if (status.error !== null) {
    return { text: describeError(status.error).message, tone: 'error', action: actionFor(status.error.kind) };
  }
  if (status.phase === 'waiting-for-permission') {
    return { text: t('popup_status_permission'), tone: 'error', action: 'grant-access' };
  }
  if (workerUnreachable) {
    return { text: t('popup_status_no_worker'), tone: 'error', action: null };
  }
  if (status.lastSuccessAt === null) {
    return { text: t('popup_status_never'), tone: 'normal', action: null };
  }
  return { text: t('popup_status_synced', formatRelativeTime(status.lastSuccessAt, now)), tone: 'normal', action: null };
}
