import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { createLogger } from '../shared/log';
import type { NewInvoiceView } from './invoice/NewInvoiceView';

const log = createLogger('popup');

type InvoiceViewComponent = typeof NewInvoiceView;

/** Kept across mounts, so switching tabs back and forth imports the module once. */
let loadedView: InvoiceViewComponent | null = null;

/**
 * Renders the "New invoice" view, loading its code on first use. The form is about 10 KB gzip, and
 * most openings only read activity.
 */
export function LazyInvoiceView({ onClose }: { onClose: () => void }) {
  const [View, setView] = useState<InvoiceViewComponent | null>(() => loadedView);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (View !== null) {
      return;
    }
    import('./invoice/NewInvoiceView')
      .then((module) => {
        loadedView = module.NewInvoiceView;
        setView(() => module.NewInvoiceView);
      })
      .catch((error: unknown) => {
        log.error('Could not load the New invoice view', error);
        setFailed(true);
      });
  }, [View]);

  if (failed) {
    return (
      <p class="page-error" role="alert">
        {t('popup_render_failed')}
      </p>
    );
  }
  if (View === null) {
    return <p class="view-loading muted">{t('popup_loading')}</p>;
  }
  return <View onClose={onClose} />;
}
