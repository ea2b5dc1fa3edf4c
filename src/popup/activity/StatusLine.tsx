import browser from 'webextension-polyfill';
import type { SyncStatus } from '../../shared/feed';
import { formatDateTime } from '../../shared/format';
import { t } from '../../shared/i18n';
import { requestHostPermission } from '../../shared/permissions';
import { describeSyncStatus } from './status-line';

interface StatusLineProps {
  status: SyncStatus;
  syncing: boolean;
  workerUnreachable: boolean;
  now: number;
  onRefresh: () => Promise<void>;
}

export function StatusLine({ status, syncing, workerUnreachable, now, onRefresh }: StatusLineProps) {
  const content = describeSyncStatus(status, syncing, workerUnreachable, now);

  const grantAccess = async () => {
    // The permission request must be the first await, so it still counts as part of the click.
    // NOTE: Firefox closes the popup while its permission prompt shows; the worker then syncs on its own once access is granted.
    const granted = await requestHostPermission();
    if (granted) {
      await onRefresh();
    }
  };

  return (
    <div class={`status-line status-${content.tone}`} data-testid="sync-status" role="status">
      <span title={status.lastSuccessAt === null ? undefined : formatDateTime(status.lastSuccessAt)}>{content.text}</span>
      {content.action === 'grant-access' && (
        <button type="button" class="primary" onClick={grantAccess}>
          {t('popup_grant_access')}
        </button>
      )}
      {content.action === 'open-settings' && (
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_open_settings')}
        </button>
      )}
    </div>
  );
}
