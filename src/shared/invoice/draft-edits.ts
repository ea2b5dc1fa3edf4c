// The edits the form makes to a draft, as pure functions so the defaulting rules (currency from
// the client, due date from the client's terms unless the user chose one) are tested without a DOM.

import type { Client } from '../api/types';
import type { DraftLine, InvoiceDraft } from './draft';
import { defaultDueDate, emptyLine } from './draft';

/** Picks a client: its currency becomes the invoice's, and its payment terms set the due date. */
export function selectClient(draft: InvoiceDraft, client: Client | null): InvoiceDraft {
  if (client === null) {
    return { ...draft, clientId: null };
  }
  return {
    ...draft,
    clientId: client.id,
    currencyId: client.currencyId ?? draft.currencyId,
    dueDate: draft.dueDateEdited ? draft.dueDate : defaultDueDate(draft.issuedOn, client.defaultDueDays),
  };
}

export function setIssueDate(draft: InvoiceDraft, issuedOn: string, client: Client | undefined): InvoiceDraft {
  return {
    ...draft,
    issuedOn,
    issuedOnEdited: true,
    dueDate: draft.dueDateEdited ? draft.dueDate : defaultDueDate(issuedOn, client?.defaultDueDays),
  };
}

export function setDueDate(draft: InvoiceDraft, dueDate: string): InvoiceDraft {
  return { ...draft, dueDate, dueDateEdited: true };
}

export function updateLine(draft: InvoiceDraft, key: string, changes: Partial<Omit<DraftLine, 'key'>>): InvoiceDraft {
  return { ...draft, lines: draft.lines.map((line) => (line.key === key ? { ...line, ...changes } : line)) };
}

/** Adds a line with the previous line's work type and tax, which are usually the same. */
export function addLine(draft: InvoiceDraft, fallbackWorkTypeId: number | null): InvoiceDraft {
  const previous = draft.lines[draft.lines.length - 1];
  const line = { ...emptyLine(previous?.workTypeId ?? fallbackWorkTypeId), taxId: previous?.taxId ?? null };
  return { ...draft, lines: [...draft.lines, line] };
}

/** Removes a line; removing the only line leaves one empty line, since an invoice needs one. */
export function removeLine(draft: InvoiceDraft, key: string, fallbackWorkTypeId: number | null): InvoiceDraft {
  const lines = draft.lines.filter((line) => line.key !== key);
  return { ...draft, lines: lines.length > 0 ? lines : [emptyLine(fallbackWorkTypeId)] };
}
