// "Email to client": Envoice sends the invoice from the user's account, with the subject and
// message typed here (prefilled). The form then shows the outcome in plain words.

import { useEffect, useRef, useState } from 'preact/hooks';
import { isEnvoiceError } from '../../shared/api/errors';
import type { EnvoiceApi } from '../../shared/api/types';
import { describeError } from '../../shared/error-display';
import { formatMoney } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { CreatedInvoice } from '../../shared/invoice/submission';
import { markEmailed } from '../../shared/invoice/submission';
import { createLogger } from '../../shared/log';

const log = createLogger('invoice');

type SendState = { phase: 'editing' } | { phase: 'sending' } | { phase: 'sent' } | { phase: 'failed'; message: string };

export function EmailInvoiceForm({ api, invoice }: { api: EnvoiceApi; invoice: CreatedInvoice }) {
  const number = invoice.number ?? String(invoice.id);
  const [subject, setSubject] = useState(t('invoice_email_subject_default', number));
  const [message, setMessage] = useState(t('invoice_email_message_default', [invoice.clientName ?? '', number, formatMoney(invoice.total, invoice.currencyCode)]));
  const [attachPdf, setAttachPdf] = useState(true);
  const [state, setState] = useState<SendState>({ phase: 'editing' });
  const subjectField = useRef<HTMLInputElement>(null);
  useEffect(() => subjectField.current?.focus(), []);

  const send = async (event: Event) => {
    event.preventDefault();
    if (state.phase === 'sending') return;
    setState({ phase: 'sending' });
    try {
      await api.sendInvoiceToClient({ invoiceId: invoice.id, subject: subject.trim(), message, attachPdf });
      setState({ phase: 'sent' });
      markEmailed(invoice.id).catch((error: unknown) => log.warn('Could not note the email', error));
    } catch (error) {
      log.warn('Emailing the invoice failed', error);
      setState({ phase: 'failed', message: isEnvoiceError(error) ? describeError(error).message : t('invoice_email_failed_unknown') });
    }
  };

  if (state.phase === 'sent') return <EmailSent invoice={invoice} />;
  return (
    <form class="inv-email" onSubmit={send}>
      <div class="inv-field">
        <label for="inv-email-subject">{t('invoice_email_subject')}</label>
        <input id="inv-email-subject" ref={subjectField} type="text" value={subject} required onInput={(event) => setSubject(event.currentTarget.value)} />
      </div>
      <div class="inv-field">
        <label for="inv-email-message">{t('invoice_email_message')}</label>
        <textarea id="inv-email-message" rows={5} value={message} onInput={(event) => setMessage(event.currentTarget.value)} />
      </div>
      <label class="inv-check">
        <input type="checkbox" checked={attachPdf} onChange={(event) => setAttachPdf(event.currentTarget.checked)} />
        {t('invoice_email_attach_pdf')}
      </label>
      {state.phase === 'failed' && (
        <p class="error-text" role="alert">
          {t('invoice_email_failed', state.message)}
        </p>
      )}
      {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. */}
      <button type="submit" class="primary" aria-disabled={state.phase === 'sending'}>
        {state.phase === 'sending' ? t('invoice_email_sending') : t('invoice_email_send')}
      </button>
    </form>
  );
}

/**
 * Takes the keyboard focus from the form it replaces. On a reopen the panel's heading takes it
 * back, since a parent's effects run after its children's.
 */
export function EmailSent({ invoice }: { invoice: CreatedInvoice }) {
  const number = invoice.number ?? String(invoice.id);
  const paragraph = useRef<HTMLParagraphElement>(null);
  useEffect(() => paragraph.current?.focus(), []);
  return (
    <p class="success-text" role="status" tabIndex={-1} ref={paragraph}>
      {invoice.clientEmail === null ? t('invoice_email_sent', number) : t('invoice_email_sent_to', [number, invoice.clientEmail])}
    </p>
  );
}
