// The "New invoice" view of the popup: the form with its cached lists and saved draft, and after
// creation the invoice's share link. Escape leaves the view; the draft stays for next time.

import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { NewInvoiceRequest } from '../../shared/api/types';
import { describeError } from '../../shared/error-display';
import { isEnvoiceError } from '../../shared/api/errors';
import { t } from '../../shared/i18n';
import { saveLastGateways } from '../../shared/invoice/gateways';
import type { CreatedInvoice } from '../../shared/invoice/submission';
import { isBlankLine } from '../../shared/invoice/validate';
import { createLogger } from '../../shared/log';
import { announceCreatedInvoice } from './announce';
import { CreatedInvoicePanel } from './CreatedInvoicePanel';
import { InvoiceForm } from './InvoiceForm';
import { ListsBar } from './ListsBar';
import { SubmitStatus } from './SubmitStatus';
import { useDraft } from './useDraft';
import { useInvoiceSetup } from './useInvoiceSetup';
import { useSubmit } from './useSubmit';
import './invoice.css';

const log = createLogger('invoice');

export function NewInvoiceView({ onClose }: { onClose: () => void }) {
  const { setup, refresh } = useInvoiceSetup();
  const ready = setup.phase === 'ready' ? setup : null;
  const lookups = ready?.lookups ?? null;
  const [lastGateways, setLastGateways] = useState<string[] | null>(null);
  const draft = useDraft((clientId) => lookups?.clients.find((client) => client.id === clientId)?.defaultDueDays ?? null);

  const onCreated = useCallback(
    (_invoice: CreatedInvoice, request: NewInvoiceRequest | null) => {
      draft.discard().catch((error: unknown) => log.error('Could not remove the draft of the created invoice', error));
      if (request !== null) {
        setLastGateways(request.gatewayNames);
        saveLastGateways(request.gatewayNames).catch((error: unknown) => log.warn('Could not remember the payment gateways', error));
      }
      void announceCreatedInvoice();
    },
    [draft.discard],
  );
  const submission = useSubmit(ready?.api ?? null, lookups, onCreated);

  // A new first line gets the first work type, so a one-line invoice needs no pick.
  const firstWorkType = lookups?.workTypes[0]?.id;
  useEffect(() => {
    if (firstWorkType !== undefined && draft.draft?.lines.some((line) => line.workTypeId === null && isBlankLine(line))) {
      draft.update((current) => ({
        ...current,
        lines: current.lines.map((line) => (line.workTypeId === null && isBlankLine(line) ? { ...line, workTypeId: firstWorkType } : line)),
      }));
    }
  }, [firstWorkType, draft.draft, draft.update]);

  const leave = () => {
    draft.flush().catch((error: unknown) => log.error('Could not save the invoice draft', error));
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      leave();
    }
  };

  return (
    <div class="inv-view" onKeyDown={onKeyDown}>
      <h2 class="visually-hidden">{t('invoice_title')}</h2>
      {renderBody()}
    </div>
  );

  function renderBody() {
    if (setup.phase === 'loading' || (ready !== null && draft.draft === null)) {
      return <p class="muted">{t('invoice_loading')}</p>;
    }
    if (setup.phase === 'not-configured') {
      return (
        <div class="inv-message">
          <p>{t('invoice_not_configured')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('invoice_open_settings')}
          </button>
        </div>
      );
    }
    if (submission.state.phase === 'created') {
      return (
        <CreatedInvoicePanel
          api={setup.api}
          invoice={submission.state.invoice}
          emailed={!!submission.state.emailed}
          onNewInvoice={() => void submission.startNew()}
          onClose={() => {
            void submission.startNew();
            onClose();
          }}
        />
      );
    }
    if (setup.lookups === null || draft.draft === null) {
      return <NoLists refreshing={setup.refreshing} error={setup.refreshError} onRetry={refresh} />;
    }
    const submitting = submission.state.phase === 'submitting' || submission.state.phase === 'checking' || submission.state.phase === 'in-flight';
    const currentDraft = draft.draft;
    return (
      <>
        <ListsBar fetchedAt={setup.lookups.fetchedAt} refreshing={setup.refreshing} error={setup.refreshError} onRefresh={refresh} />
        {draft.damaged && <p class="inv-notice">{t('invoice_draft_damaged')}</p>}
        <InvoiceForm
          draft={currentDraft}
          lookups={setup.lookups}
          lastGateways={lastGateways ?? setup.lastGateways}
          update={draft.update}
          onSubmit={submission.submit}
          submitting={submitting}
          status={<SubmitStatus state={submission.state} onRecheck={submission.recheck} />}
          onDiscard={() => void draft.discard()}
        />
      </>
    );
  }
}

function NoLists({ refreshing, error, onRetry }: { refreshing: boolean; error: unknown; onRetry: () => void }) {
  if (refreshing || error === null) {
    return <p class="muted">{t('invoice_lists_loading')}</p>;
  }
  const reason = isEnvoiceError(error) ? describeError(error).message : '';
  return (
    <div class="inv-message" role="alert">
      <p>{navigator.onLine ? t('invoice_lists_failed', reason) : t('invoice_lists_offline')}</p>
      <button type="button" onClick={onRetry}>
        {t('invoice_try_again')}
      </button>
    </div>
  );
}
