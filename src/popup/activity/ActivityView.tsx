import { useMemo } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { createWorkerApi } from '../../shared/api/worker-api';
import { t } from '../../shared/i18n';
import { useNow } from '../../shared/ui/useNow';
import type { PopupSync } from '../usePopupSync';
import { ActivityItem } from './ActivityItem';
import { createShareLinkResolver } from './share-link';
import { StatusLine } from './StatusLine';

/** Renders recent activity under a status line, or the prompt to connect an account. */
export function ActivityView({ sync }: { sync: PopupSync }) {
  const now = useNow();
  // A new resolver per account, so a link cached for one key is never offered for another.
  const links = useMemo(() => {
    const api = createWorkerApi();
    return createShareLinkResolver((invoiceId) => api.getInvoiceShareLink(invoiceId));
  }, [sync.settings.apiKey, sync.settings.apiSecret]);

  if (!sync.configured) {
    return <SetupPrompt />;
  }

  const activities = sync.feed?.activities ?? [];
  return (
    <section class="activity-view">
      <StatusLine status={sync.status} syncing={sync.syncing} workerUnreachable={sync.workerUnreachable} now={now} onRefresh={sync.refresh} />
      {activities.length === 0 ? (
        <div class="empty-state">
          <p class="empty-title">{t('popup_empty_title')}</p>
          <p class="muted">{t('popup_empty_text')}</p>
        </div>
      ) : (
        <ul class="activity-list">
          {activities.map((activity) => (
            <ActivityItem key={activity.key} activity={activity} unseen={activity.detectedAt > sync.seenAtOpen} now={now} links={links} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SetupPrompt() {
  return (
    <section class="setup-prompt">
      <p class="empty-title">{t('popup_setup_title')}</p>
      <p class="muted">{t('popup_setup_text')}</p>
      <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup_open_settings')}
      </button>
    </section>
  );
}
