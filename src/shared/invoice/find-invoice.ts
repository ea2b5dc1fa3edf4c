// Finds the invoice that a lost create response was about. The reference in the internal note
// decides when the client reads notes. Otherwise client, subtotal, issue date and status must match.

import type { EnvoiceApi, InvoicePage, InvoiceSummary, NewInvoiceRequest } from '../api/types';
import { daysBetween } from './dates';
import { computeInvoiceAmounts } from './totals';

/** Invoices read per page while searching; the sandbox allows up to 100. */
export const SEARCH_PAGE_SIZE = 100;

/** Half a minor unit: totals the service rounds the same way compare equal. */
const TOTAL_TOLERANCE = 0.005;

function matchesByFields(invoice: InvoiceSummary, request: NewInvoiceRequest, currencyCode: string | null): boolean {
  const expected = computeInvoiceAmounts(
    request.items.map((item) => ({ quantity: item.quantity, price: item.cost, taxPercentage: null })),
    currencyCode,
  );
  // Taxes are unknown here (the request names tax ids only), so the subtotal must match instead.
  // NOTE: without notes, an older invoice with the same client, subtotal and date matches too.
  const issuedDays = invoice.issuedOn === null ? Number.NaN : daysBetween(request.issuedOn, invoice.issuedOn);
  return (
    invoice.clientId === request.clientId &&
    Math.abs(invoice.subTotal - expected.subTotal) < TOTAL_TOLERANCE &&
    // A time zone offset can move a date-only value across midnight once normalised to UTC.
    Math.abs(issuedDays) <= 1 &&
    invoice.status === request.status
  );
}

export function matchesSubmission(invoice: InvoiceSummary, marker: string, request: NewInvoiceRequest, currencyCode: string | null): boolean {
  if (invoice.notes !== undefined) {
    return invoice.notes?.includes(marker) ?? false;
  }
  return matchesByFields(invoice, request, currencyCode);
}

/**
 * Searches the first page and the last page of the invoice list, because the service documents
 * no order and a new invoice sorts first or last in the usual ones.
 * NOTE: an invoice issued on an old date can sort into the middle of a long list and be missed.
 */
export async function findSubmittedInvoice(
  api: EnvoiceApi,
  marker: string,
  request: NewInvoiceRequest,
  currencyCode: string | null,
): Promise<InvoiceSummary | null> {
  const find = (page: InvoicePage): InvoiceSummary | null =>
    page.invoices.find((invoice) => matchesSubmission(invoice, marker, request, currencyCode)) ?? null;

  const first = await api.listInvoices(1, SEARCH_PAGE_SIZE);
  const found = find(first);
  if (found !== null) {
    return found;
  }
  const lastPage = Math.ceil(first.totalCount / SEARCH_PAGE_SIZE);
  if (lastPage <= 1) {
    return null;
  }
  return find(await api.listInvoices(lastPage, SEARCH_PAGE_SIZE));
}
