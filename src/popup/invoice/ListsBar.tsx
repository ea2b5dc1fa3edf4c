import { describeError } from '../../shared/error-display';
import { isEnvoiceError } from '../../shared/api/errors';
import { formatRelativeTime } from '../../shared/format';
import { t } from '../../shared/i18n';

interface ListsBarProps {
  /** Epoch milliseconds of the cached lists. */
  fetchedAt: number;
  refreshing: boolean;
  error: unknown;
  onRefresh: () => void;
}

/** Shows the age of the cached client and work type lists, with "Refresh lists". */
export function ListsBar({ fetchedAt, refreshing, error, onRefresh }: ListsBarProps) {
  const failure = error === null ? null : isEnvoiceError(error) ? describeError(error).message : t('invoice_lists_refresh_failed');
  return (
    <div class="inv-lists muted">
      <span>{refreshing ? t('invoice_lists_refreshing') : t('invoice_lists_age', formatRelativeTime(fetchedAt, Date.now()))}</span>
      <button type="button" class="link" onClick={onRefresh} disabled={refreshing}>
        {t('invoice_refresh_lists')}
      </button>
      {failure !== null && !refreshing && <span class="error-text">{failure}</span>}
    </div>
  );
}
