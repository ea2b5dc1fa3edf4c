// The "New invoice" form. Fields follow the order the user fills them in, so Tab walks through
// client, currency, dates, lines, gateways and status to "Create invoice". Enter in a text field
// submits (the browser's implicit submission), except in the client box while its list is open.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NewInvoiceRequest } from '../../shared/api/types';
import { t } from '../../shared/i18n';
import type { InvoiceDraft, InvoiceStatusChoice } from '../../shared/invoice/draft';
import { addLine, removeLine, selectClient, setDueDate, setIssueDate, updateLine } from '../../shared/invoice/draft-edits';
import { effectiveGatewayNames, gatewaysForCurrency } from '../../shared/invoice/gateways';
import type { Lookups } from '../../shared/invoice/lookups';
import type { LineAmountsInput } from '../../shared/invoice/totals';
import { computeInvoiceAmounts, computeLineAmounts } from '../../shared/invoice/totals';
import { isBlankLine, lineAmountInputs, validateDraft } from '../../shared/invoice/validate';
import { ClientCombobox } from './ClientCombobox';
import { FieldMessage, controlId, errorAttributes } from './FieldMessage';
import { GatewayChoices } from './GatewayChoices';
import { InvoiceLineRow } from './InvoiceLineRow';
import { InvoiceTotals } from './InvoiceTotals';

interface InvoiceFormProps {
  draft: InvoiceDraft;
  lookups: Lookups;
  lastGateways: readonly string[];
  update: (edit: (draft: InvoiceDraft) => InvoiceDraft) => void;
  onSubmit: (request: NewInvoiceRequest) => void;
  submitting: boolean;
  /** Status or refusal shown next to the submit button. */
  status: ComponentChildren;
  onDiscard: () => void;
}

export function InvoiceForm({ draft, lookups, lastGateways, update, onSubmit, submitting, status, onDiscard }: InvoiceFormProps) {
  const locale = navigator.language;
  const [attempts, setAttempts] = useState(0);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const keepEditing = () => {
    setConfirmingDiscard(false);
    form.current?.querySelector<HTMLElement>('.link')?.focus();
  };

  const client = lookups.clients.find((candidate) => candidate.id === draft.clientId);
  const currencyCode = lookups.currencies.find((currency) => currency.id === draft.currencyId)?.code ?? null;
  const validation = validateDraft(draft, lookups, lastGateways, locale);
  // Errors appear after the first attempt to submit, then follow every change.
  const errors = attempts > 0 ? validation.errors : {};
  const amountInputs = lineAmountInputs(draft, lookups, locale);
  // No totals while a line's amount is unknown: a sum without it would mislead.
  const totals = amountInputs.includes(null) ? null : computeInvoiceAmounts(amountInputs.filter((input) => input !== null), currencyCode);
  const gateways = gatewaysForCurrency(lookups.gateways, currencyCode);
  const fallbackWorkType = lookups.workTypes[0]?.id ?? null;

  // After "Add line" or "Remove line", focus goes to the work type (first field) of the line at this index
  // (or to "Add line" when there is no such line), so it never drops to the page.
  const focusLine = useRef<number>();
  useEffect(() => {
    const index = focusLine.current;
    if (index === undefined) return;
    focusLine.current = undefined;
    const target = form.current?.querySelectorAll('.inv-line')[index]?.querySelector('select') ?? form.current?.querySelector('.inv-add');
    (target as HTMLElement | null | undefined)?.focus();
  }, [draft.lines]);

  // After a failed attempt, focus goes to the first field in error, where its message is read out.
  useEffect(() => {
    if (attempts > 0) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [attempts]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (validation.request === null) {
      setAttempts((count) => count + 1);
      return;
    }
    onSubmit(validation.request);
  };

  return (
    <form ref={form} class="inv-form" onSubmit={submit} noValidate>
      <ClientCombobox
        clients={lookups.clients}
        selected={client}
        error={errors['client']}
        autoFocus
        onSelect={(picked) => update((current) => selectClient(current, picked))}
      />

      <div class="inv-row">
        <div class="inv-field inv-grow">
          <label for={controlId('currency')}>{t('invoice_currency')}</label>
          <select
            id={controlId('currency')}
            value={draft.currencyId === null ? '' : String(draft.currencyId)}
            onChange={(event) => update((current) => ({ ...current, currencyId: event.currentTarget.value === '' ? null : Number(event.currentTarget.value) }))}
            {...errorAttributes('currency', errors['currency'])}
          >
            {draft.currencyId === null && <option value="">{t('invoice_choose')}</option>}
            {lookups.currencies.map((currency) => (
              <option key={currency.id} value={String(currency.id)}>
                {currency.name === null ? currency.code : `${currency.code} · ${currency.name}`}
              </option>
            ))}
          </select>
          <FieldMessage fieldId="currency" error={errors['currency']} />
        </div>
      </div>

      <div class="inv-row">
        <div class="inv-field inv-grow">
          <label for={controlId('issuedOn')}>{t('invoice_issue_date')}</label>
          <input
            id={controlId('issuedOn')}
            type="date"
            value={draft.issuedOn}
            onChange={(event) => update((current) => setIssueDate(current, event.currentTarget.value, client))}
            {...errorAttributes('issuedOn', errors['issuedOn'])}
          />
          <FieldMessage fieldId="issuedOn" error={errors['issuedOn']} />
        </div>
        <div class="inv-field inv-grow">
          <label for={controlId('dueDate')}>{t('invoice_due_date')}</label>
          <input
            id={controlId('dueDate')}
            type="date"
            value={draft.dueDate}
            min={draft.issuedOn}
            onChange={(event) => update((current) => setDueDate(current, event.currentTarget.value))}
            {...errorAttributes('dueDate', errors['dueDate'])}
          />
          <FieldMessage fieldId="dueDate" error={errors['dueDate']} />
        </div>
      </div>

      {draft.lines.map((line, index) => (
        <InvoiceLineRow
          key={line.key}
          line={line}
          position={index + 1}
          workTypes={lookups.workTypes}
          taxes={lookups.taxes}
          errors={errors}
          amount={amountOf(amountInputs[index] ?? null, currencyCode)}
          currencyCode={currencyCode}
          onChange={(changes) => update((current) => updateLine(current, line.key, changes))}
          onRemove={() => {
            focusLine.current = index - 1;
            update((current) => removeLine(current, line.key, fallbackWorkType));
          }}
        />
      ))}
      <FieldMessage fieldId="lines" error={errors['lines']} />
      <button type="button" class="inv-add" onClick={() => {
          focusLine.current = draft.lines.length;
          update((current) => addLine(current, fallbackWorkType));
        }}>
        {t('invoice_add_line')}
      </button>

      <InvoiceTotals amounts={totals} currencyCode={currencyCode} filledIn={draft.lines.some((line) => !isBlankLine(line))} />

      <GatewayChoices
        available={gateways}
        checked={effectiveGatewayNames(draft.gatewayNames, lastGateways, gateways)}
        onChange={(names) => update((current) => ({ ...current, gatewayNames: names }))}
      />

      <fieldset class="inv-group">
        <legend>{t('invoice_status')}</legend>
        <div class="inv-checks">
          {(['Unpaid', 'Draft'] as const satisfies readonly InvoiceStatusChoice[]).map((status) => (
            <label key={status} class="inv-check">
              <input type="radio" name="inv-status" value={status} checked={draft.status === status} onChange={() => update((current) => ({ ...current, status }))} />
              {status === 'Unpaid' ? t('invoice_status_issue') : t('invoice_status_draft')}
            </label>
          ))}
        </div>
      </fieldset>

      {/* The one live region for the outcome: the messages inside carry no role of their own, so each is announced once. */}
      <div class="inv-submit" role="status" aria-live="polite">
        {status}
      </div>
      <div class="inv-actions inv-footer">
        <button type="submit" class="primary" disabled={submitting} aria-busy={submitting}>
          {t('invoice_create')}
        </button>
        {/* Stays while the prompt is open, so "Keep editing" can hand the focus back to it. */}
        <button type="button" class="link" onClick={() => setConfirmingDiscard(true)}>
          {t('invoice_discard')}
        </button>
      </div>
      {confirmingDiscard && (
        <div
          class="inv-confirm"
          role="group"
          aria-labelledby="inv-confirm-text"
          // Escape answers the prompt like "Keep editing" and does not reach the view, which would leave.
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              keepEditing();
            }
          }}
        >
          <p id="inv-confirm-text">{t('invoice_discard_confirm')}</p>
          <button
            type="button"
            onClick={() => {
              setConfirmingDiscard(false);
              setAttempts(0);
              onDiscard();
              // The prompt's buttons go away: focus returns to the top of the fresh form.
              form.current?.querySelector('input')?.focus();
              scrollTo(0, 0);
            }}
          >
            {t('invoice_discard_yes')}
          </button>
          <button type="button" onClick={keepEditing} autoFocus>
            {t('invoice_discard_no')}
          </button>
        </div>
      )}
    </form>
  );
}

function amountOf(input: LineAmountsInput | null, currencyCode: string | null): number | null {
  return input === null ? null : computeLineAmounts(input, currencyCode).subTotal;
}
