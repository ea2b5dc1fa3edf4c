// The outcome of the last attempt to create the invoice, in plain words next to the form. It is
// rendered inside the form's live region, which announces it; a role here would announce it twice.

import { describeError } from '../../shared/error-display';
import { t } from '../../shared/i18n';
import type { SubmitState } from './useSubmit';

interface SubmitStatusProps {
  state: SubmitState;
  onRecheck: () => void;
}

export function SubmitStatus({ state, onRecheck }: SubmitStatusProps) {
  switch (state.phase) {
    case 'checking':
      return <p class="muted">{t('invoice_checking')}</p>;
    case 'submitting':
      return <p class="muted">{t('invoice_creating')}</p>;
    case 'in-flight':
      return <p class="muted">{t('invoice_still_creating')}</p>;
    case 'offline':
      return (
        <p class="error-text">
          {t('invoice_offline')}
        </p>
      );
    case 'rejected':
      return (
        <p class="error-text" data-testid="invoice-refusal">
          {describeError(state.error).message} {t('invoice_kept_draft')}
        </p>
      );
    case 'not-found':
      // No button of its own: "Create invoice" below is the one way on, through validation and the once-only guard.
      return <p>{t(state.unreachable ? 'invoice_unreachable' : 'invoice_not_found')}</p>;
    case 'unknown':
      return (
        <div>
          <p class="error-text">{state.error.kind === 'network' ? t('invoice_unknown_unreachable') : t('invoice_unknown', describeError(state.error).message)}</p>
          <button type="button" onClick={onRecheck}>
            {t('invoice_check_again')}
          </button>
        </div>
      );
    case 'idle':
    case 'created':
      return null;
  }
}
