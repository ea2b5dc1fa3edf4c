// The result panel: the new invoice's number, total and share link, ready to paste.

import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { toSafeWebUrl } from '../../background/safe-url';
import { isEnvoiceError } from '../../shared/api/errors';
import type { EnvoiceApi } from '../../shared/api/types';
import { describeError } from '../../shared/error-display';
import { formatMoney } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { CreatedInvoice } from '../../shared/invoice/submission';
import { createLogger } from '../../shared/log';
import { EmailInvoiceForm, EmailSent } from './EmailInvoiceForm';

const log = createLogger('invoice');

type LinkState = { phase: 'loading' } | { phase: 'ready'; url: string } | { phase: 'failed'; message: string };

interface CreatedInvoicePanelProps {
  api: EnvoiceApi;
  invoice: CreatedInvoice;
  /** True when this invoice was already emailed from an earlier popup. */
  emailed: boolean;
  onNewInvoice: () => void;
  onClose: () => void;
}

export function CreatedInvoicePanel({ api, invoice, emailed, onNewInvoice, onClose }: CreatedInvoicePanelProps) {
  const [link, setLink] = useState<LinkState>({ phase: 'loading' });
  const [feedback, setFeedback] = useState<string | null>(null);
  const [emailing, setEmailing] = useState(false);
  const number = invoice.number ?? String(invoice.id);
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus moves to the result, so a screen reader announces it and Tab reaches "Copy link" next.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let active = true;
    api
      .getInvoiceShareLink(invoice.id)
      .then((raw) => {
        const url = toSafeWebUrl(raw);
        if (active) setLink(url === null ? { phase: 'failed', message: t('invoice_link_missing') } : { phase: 'ready', url });
      })
      .catch((error: unknown) => {
        log.warn('Could not fetch the share link', error);
        if (active) setLink({ phase: 'failed', message: isEnvoiceError(error) ? describeError(error).message : t('invoice_link_missing') });
      });
    return () => {
      active = false;
    };
  }, [api, invoice.id]);

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setFeedback(t('invoice_copied'));
    } catch (error) {
      setFeedback(t('invoice_copy_failed', error instanceof Error ? error.message : String(error)));
    }
  };

  const open = async (url: string) => {
    try {
      await browser.tabs.create({ url });
    } catch (error) {
      setFeedback(t('invoice_open_failed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <section class="inv-created" aria-labelledby="inv-created-title">
      <h2 id="inv-created-title" tabIndex={-1} ref={heading}>
        {t('invoice_created', number)}
      </h2>
      <p>
        {invoice.clientName !== null && <span>{invoice.clientName} · </span>}
        <strong data-testid="created-total">{formatMoney(invoice.total, invoice.currencyCode)}</strong>
      </p>
      {link.phase === 'loading' && <p class="muted">{t('invoice_link_loading')}</p>}
      {link.phase === 'failed' && <p class="error-text">{link.message}</p>}
      {link.phase === 'ready' && (
        <div class="inv-link">
          <input type="text" readOnly value={link.url} aria-label={t('invoice_share_link')} onFocus={(event) => event.currentTarget.select()} />
          <div class="inv-actions">
            <button type="button" class="primary" onClick={() => void copy(link.url)}>
              {t('invoice_copy_link')}
            </button>
            <button type="button" onClick={() => void open(link.url)}>
              {t('invoice_open')}
            </button>
          </div>
        </div>
      )}
      {!emailing && emailed && <EmailSent invoice={invoice} />}
      {!emailing && (
        <button type="button" onClick={() => setEmailing(true)}>
          {t(emailed ? 'invoice_email_again' : 'invoice_email_to_client')}
        </button>
      )}
      {feedback !== null && (
        <p class="muted" role="status">
          {feedback}
        </p>
      )}
      {emailing && <EmailInvoiceForm api={api} invoice={invoice} />}
      <div class="inv-actions inv-footer">
        <button type="button" onClick={onNewInvoice}>
          {t('invoice_new_invoice')}
        </button>
        <button type="button" onClick={onClose}>
          {t('invoice_done')}
        </button>
      </div>
    </section>
  );
}
