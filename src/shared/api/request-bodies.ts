// JSON bodies of the write calls, in the field names of the Envoice API v1 document. Fields the
// caller left `null` are left out instead of sent as `null`, so the service applies its defaults.

import type { NewInvoiceItem, NewInvoiceRequest, SendToClientRequest } from './types';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Sends a calendar date as noon UTC. The service stores a date-time, and noon keeps the same
 * calendar day for every time zone within 11 hours of UTC, whichever zone the service displays in.
 */
export function calendarDateToDateTime(date: string, field: string): string {
  const noon = Date.parse(`${date}T12:00:00Z`);
  // The round trip rejects dates such as 2026-02-30, which Date.parse may roll into March.
  if (!CALENDAR_DATE.test(date) || Number.isNaN(noon) || new Date(noon).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`${field} must be a calendar date such as 2026-11-30, got "${date}".`);
  }
  return `${date}T12:00:00Z`;
}

export function newInvoiceBody(request: NewInvoiceRequest): Record<string, unknown> {
  return withoutNulls({
    ClientId: request.clientId,
    CurrencyId: request.currencyId,
    IssuedOn: calendarDateToDateTime(request.issuedOn, 'issuedOn'),
    Duedate: calendarDateToDateTime(request.dueDate, 'dueDate'),
    Status: request.status,
    Number: request.number === null || request.number.trim() === '' ? null : request.number.trim(),
    PaymentGateways: request.gatewayNames.map((name) => ({ Name: name })),
    Items: request.items.map(newInvoiceItemBody),
    Notes: request.notes === undefined || request.notes === null || request.notes.trim() === '' ? null : request.notes,
  });
}

function newInvoiceItemBody(item: NewInvoiceItem): Record<string, unknown> {
  return withoutNulls({
    WorkTypeId: item.workTypeId,
    Description: item.description,
    Quantity: item.quantity,
    Cost: item.cost,
    TaxId: item.taxId,
    DiscountPercentage: item.discountPercentage,
  });
}

export function sendToClientBody(request: SendToClientRequest): Record<string, unknown> {
  return {
    InvoiceId: request.invoiceId,
    Subject: request.subject,
    Message: request.message,
    AttachPdf: request.attachPdf,
  };
}

function withoutNulls(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null && value !== undefined));
}
