/** The `/api/invoice/*` endpoints. */
import { applyActivity } from '../model/activity-log';
import { createInvoice } from '../model/create-invoice';
import { invoiceNotFound } from '../model/errors';
import type { Invoice, InvoiceStatus } from '../model/types';
import { INVOICE_STATUSES } from '../model/types';
import type { SandboxResponse } from '../http';
import { jsonResponse } from '../http';
import { badRequest, faulted, integerParam } from './envelope';
import { pdfLink, shareLink } from './links';
import { invoicesNewestFirst, normalizePage } from './paging';
import type { ApiCall, RouteTable } from './route-types';
import { serializeInvoice, serializeInvoiceDetails } from './serialize';

function listInvoices(call: ApiCall): SandboxResponse {
  const { page, pageSize } = normalizePage(integerParam(call.query, 'queryOptions.page'), integerParam(call.query, 'queryOptions.pageSize'));
  const all = invoicesNewestFirst(call.context.account.invoices);
  const slice = all.slice((page - 1) * pageSize, page * pageSize);
  return jsonResponse(200, {
    Result: slice.map((invoice) => serializeInvoice(call.context, invoice, 'list')),
    Count: slice.length,
    TotalCount: all.length,
    IsFaulted: false,
    ErrorMessages: [],
  });
}

/** Runs `answer` with the invoice named by the `id` query parameter. */
function withInvoice(call: ApiCall, answer: (invoice: Invoice) => SandboxResponse): SandboxResponse {
  const id = integerParam(call.query, 'id');
  if (id === null) return badRequest("The query parameter 'id' is missing or not an integer.");
  const invoice = call.context.account.invoicesById.get(id);
  return invoice ? answer(invoice) : faulted([invoiceNotFound(id)]);
}

function bodyInvoice(call: ApiCall, key: string): Invoice | number {
  const id = call.body[key] ?? call.body['Id'];
  const numeric = typeof id === 'number' ? id : Number.NaN;
  return call.context.account.invoicesById.get(numeric) ?? numeric;
}

function sendToClient(call: ApiCall): SandboxResponse {
  const invoice = bodyInvoice(call, 'InvoiceId');
  if (typeof invoice === 'number') return faulted([invoiceNotFound(invoice)]);
  if (invoice.status === 'Void') {
    return faulted([{ code: 'InvoiceVoid', group: 'Invoice', message: `Invoice ${invoice.number} is void and cannot be sent.` }]);
  }
  applyActivity(call.context.account, invoice, 'SentViaEmail');
  return jsonResponse(200, invoice.id);
}

function changeStatus(call: ApiCall): SandboxResponse {
  const invoice = bodyInvoice(call, 'Id');
  if (typeof invoice === 'number') return faulted([invoiceNotFound(invoice)]);
  const raw = call.body['Status'];
  const status: InvoiceStatus | undefined = typeof raw === 'number' ? INVOICE_STATUSES[raw] : INVOICE_STATUSES.find((name) => name === raw);
  if (!status) {
    return faulted([{ code: 'InvalidStatus', group: 'Invoice', message: 'Please choose a valid status: Draft, Paid, Unpaid, Overdue or Void.' }]);
  }
  applyActivity(call.context.account, invoice, status);
  return jsonResponse(200, true);
}

function newInvoice(call: ApiCall): SandboxResponse {
  const outcome = createInvoice(call.context.account, call.body);
  return outcome.ok ? jsonResponse(200, serializeInvoiceDetails(call.context, outcome.value)) : faulted(outcome.errors);
}

export const INVOICE_ROUTES: RouteTable = {
  '/api/invoice/all': { method: 'GET', answer: listInvoices },
  '/api/invoice/details': { method: 'GET', answer: (call) => withInvoice(call, (invoice) => jsonResponse(200, serializeInvoiceDetails(call.context, invoice))) },
  '/api/invoice/uri': { method: 'GET', answer: (call) => withInvoice(call, (invoice) => jsonResponse(200, { Link: shareLink(call.context.origin, invoice) })) },
  '/api/invoice/pdf': { method: 'GET', answer: (call) => withInvoice(call, (invoice) => jsonResponse(200, { Link: pdfLink(call.context.origin, invoice) })) },
  '/api/invoice/status': { method: 'GET', answer: (call) => withInvoice(call, (invoice) => jsonResponse(200, invoice.status)) },
  '/api/invoice/new': { method: 'POST', answer: newInvoice },
  '/api/invoice/sendtoclient': { method: 'POST', answer: sendToClient },
  '/api/invoice/changestatus': { method: 'POST', answer: changeStatus },
};
