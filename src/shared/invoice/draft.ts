// The quick-invoice form as typed: every field is kept as the user wrote it (numbers as text, so
// "1,5" survives a reopen unchanged) and turned into a request only on submit.

import { addDays, todayLocal } from './dates';

export type InvoiceStatusChoice = 'Draft' | 'Unpaid';

export interface DraftLine {
  /** Stable identity for rendering and for field ids; not sent to the service. */
  key: string;
  workTypeId: number | null;
  description: string;
  quantity: string;
  price: string;
  taxId: number | null;
}

export interface InvoiceDraft {
  clientId: number | null;
  currencyId: number | null;
  issuedOn: string;
  /** False while the issue date is the default, so an old draft moves to today on reopen. */
  issuedOnEdited: boolean;
  dueDate: string;
  /** False while the due date follows the client's terms; true once the user picks a date. */
  dueDateEdited: boolean;
  lines: DraftLine[];
  /** Chosen gateway names; null until the user changes them, meaning "the last used set". */
  gatewayNames: string[] | null;
  status: InvoiceStatusChoice;
}

/** Payment terms when the client has none, in days after the issue date. */
export const DEFAULT_DUE_DAYS = 14;

/**
 * New invoices are issued (Unpaid) by default: the point of the quick form is a share link the
 * client can open and pay at once, and Envoice does not offer payment on a draft.
 */
export const DEFAULT_STATUS: InvoiceStatusChoice = 'Unpaid';

let lineCounter = 0;

export function newLineKey(): string {
  lineCounter += 1;
  return `l${Date.now().toString(36)}${lineCounter.toString(36)}`;
}

export function emptyLine(workTypeId: number | null = null): DraftLine {
  return { key: newLineKey(), workTypeId, description: '', quantity: '1', price: '', taxId: null };
}

export function emptyDraft(today: string = todayLocal()): InvoiceDraft {
  return {
    clientId: null,
    currencyId: null,
    issuedOn: today,
    issuedOnEdited: false,
    dueDate: addDays(today, DEFAULT_DUE_DAYS),
    dueDateEdited: false,
    lines: [emptyLine()],
    gatewayNames: null,
    status: DEFAULT_STATUS,
  };
}

/** Returns the due date implied by the client's payment terms, or DEFAULT_DUE_DAYS without any. */
export function defaultDueDate(issuedOn: string, clientDueDays: number | null | undefined): string {
  const days = typeof clientDueDays === 'number' && clientDueDays >= 0 ? clientDueDays : DEFAULT_DUE_DAYS;
  return addDays(issuedOn, days);
}

/** Tells whether the form is untouched, which is not worth saving. */
export function isDraftEmpty(draft: InvoiceDraft): boolean {
  return (
    draft.clientId === null &&
    !draft.issuedOnEdited &&
    !draft.dueDateEdited &&
    draft.gatewayNames === null &&
    draft.status === DEFAULT_STATUS &&
    draft.lines.every((line) => line.description.trim() === '' && line.price.trim() === '' && line.quantity.trim() === '1' && line.taxId === null)
  );
}
