import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { createLogger } from '../shared/log';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import { ActivityView } from './activity/ActivityView';
import { LazyInvoiceView } from './LazyInvoiceView';
import { readPopupView, savePopupView, type PopupView } from './popup-view';
import { usePopupSync } from './usePopupSync';
import { Header, VIEW_PANEL_ID } from './Header';

const log = createLogger('popup');

/** Renders the popup shell: header and tabs around the activity view or the "New invoice" view. */
export function App() {
  const sync = usePopupSync();
  const [view, setView] = useState<PopupView | null>(null);

  useEffect(() => {
    readPopupView()
      .then(setView)
      .catch((error: unknown) => {
        log.warn('Could not read the last popup view', error);
        setView('activity');
      });
  }, []);

  const changeView = (next: PopupView) => {
    setView(next);
    savePopupView(next).catch((error: unknown) => log.warn('Could not remember the popup view', error));
  };

  return (
    <div class="popup">
      <Header view={view ?? 'activity'} onViewChange={changeView} syncing={sync.syncing} canRefresh={sync.configured} onRefresh={sync.refresh} />
      <main class="popup-main" id={VIEW_PANEL_ID}>
        {view === 'new-invoice' && (
          <ErrorBoundary message={t('popup_render_failed')}>
            {/* Focus moves to the view's own tab button first, so it does not fall to <body> as the form goes. */}
            <LazyInvoiceView onClose={() => (document.querySelector<HTMLElement>('.tab.selected')?.focus(), changeView('activity'))} />
          </ErrorBoundary>
        )}
        {view === 'activity' && sync.loaded && <ActivityView sync={sync} />}
      </main>
    </div>
  );
}
