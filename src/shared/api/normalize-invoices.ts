// Converters for invoices: the paged list, the full details with activity log, items and payments,
// and the share and PDF links.

import { parseWebUrl } from '../web-url';
import { ACTIVITY_TYPES, INVOICE_STATUSES, PAYMENT_TYPES } from './enums';
import { EnvoiceError } from './errors';
import { mapRecords, readEmbeddedCurrency } from './normalize-catalog';
import { readTimestamp } from './normalize-timestamps';
import type { JsonRecord } from './normalize-values';
import {
  field,
  isRecord,
  readEnum,
  readNumber,
  readOptionalId,
  readOptionalNumber,
  readOptionalString,
  requireId,
} from './normalize-values';
import type { InvoiceActivity, InvoiceDetails, InvoiceItem, InvoicePage, InvoiceSummary, Payment } from './types';

export function normalizeInvoicePage(body: unknown, page: number, pageSize: number): InvoicePage {
  if (!isRecord(body)) {
    throw new EnvoiceError('invalid-response', 'Envoice sent an invoice list that is not an object.');
  }
  const invoices = mapRecords(field(body, 'Result'), 'Result', normalizeInvoiceSummary);
  const totalCount = readOptionalNumber(field(body, 'TotalCount')) ?? readOptionalNumber(field(body, 'Count'));
  return { invoices, totalCount: totalCount ?? invoices.length, page, pageSize };
}

export function normalizeInvoiceSummary(record: JsonRecord, path = 'invoice'): InvoiceSummary {
  const client = field(record, 'Client');
  const clientRecord = isRecord(client) ? client : {};
  const clientEmail = readOptionalString(field(clientRecord, 'Email'));
  return {
    id: requireId(field(record, 'Id'), `${path}.Id`),
    number: readOptionalString(field(record, 'Number')),
    status: readEnum(INVOICE_STATUSES, field(record, 'Status')),
    clientId: readOptionalId(field(clientRecord, 'Id')) ?? readOptionalId(field(record, 'ClientId')),
    clientName: readOptionalString(field(clientRecord, 'Name')) ?? clientEmail,
    clientEmail,
    currency: readEmbeddedCurrency(field(record, 'Currency')),
    issuedOn: readTimestamp(field(record, 'IssuedOn')),
    dueDate: readTimestamp(field(record, 'Duedate')),
    subTotal: readNumber(field(record, 'SubTotalAmount')),
    taxTotal: readNumber(field(record, 'TaxAmount')),
    discountTotal: readNumber(field(record, 'DiscountAmount')),
    total: readNumber(field(record, 'TotalAmount')),
    accessToken: readOptionalString(field(record, 'AccessToken')),
    notes: readOptionalString(field(record, 'Notes')),
  };
}

export function normalizeInvoiceDetails(body: unknown): InvoiceDetails {
  if (!isRecord(body)) {
    throw new EnvoiceError('invalid-response', 'Envoice sent invoice details that are not an object.');
  }
  return {
    ...normalizeInvoiceSummary(body),
    activities: mapOptionalRecords(body, 'Activities', normalizeActivity),
    items: mapOptionalRecords(body, 'Items', normalizeItem),
    payments: mapOptionalRecords(body, 'Payments', normalizePayment),
    gatewayNames: mapOptionalRecords(body, 'PaymentGateways', (gateway) => readOptionalString(field(gateway, 'Name')))
      .filter((name): name is string => name !== null),
  };
}

/** Lists the service may leave out or send as `null` mean "none"; a present list is read strictly. */
function mapOptionalRecords<T>(body: JsonRecord, name: string, convert: (record: JsonRecord, path: string) => T): T[] {
  const raw = field(body, name);
  return raw === undefined || raw === null ? [] : mapRecords(raw, name, convert);
}

function normalizeActivity(record: JsonRecord, path: string): InvoiceActivity {
  return {
    id: requireId(field(record, 'Id'), `${path}.Id`),
    type: readEnum(ACTIVITY_TYPES, field(record, 'Type')),
    message: readOptionalString(field(record, 'Message')),
    link: readOptionalString(field(record, 'Link')),
    invoiceNumber: readOptionalString(field(record, 'InvoiceNumber')),
    // The schema gives log entries no timestamp; the webhook shape and some responses carry `CreatedOn`.
    createdOn: readTimestamp(field(record, 'CreatedOn')),
  };
}

function normalizeItem(record: JsonRecord): InvoiceItem {
  return {
    id: readOptionalId(field(record, 'Id')),
    workTypeId: readOptionalId(field(record, 'WorkTypeId')),
    description: readOptionalString(field(record, 'Description')),
    quantity: readNumber(field(record, 'Quantity')),
    cost: readNumber(field(record, 'Cost')),
    taxId: readOptionalId(field(record, 'TaxId')),
    taxPercentage: readOptionalNumber(field(record, 'TaxPercentage')),
    discountPercentage: readOptionalNumber(field(record, 'DiscountPercentage')),
    total: readNumber(field(record, 'TotalAmount')),
  };
}

function normalizePayment(record: JsonRecord, path: string): Payment {
  return {
    id: requireId(field(record, 'Id'), `${path}.Id`),
    amount: readNumber(field(record, 'Amount')),
    type: readEnum(PAYMENT_TYPES, field(record, 'Type')),
    paidOn: readTimestamp(field(record, 'PaidOn')),
  };
}

/**
 * Reads the response of `invoice/uri` or `invoice/pdf`: `{ Link }` or a bare JSON string. Only
 * http(s) links pass, because the popup opens them and a `javascript:` link would run code.
 */
export function normalizeLink(body: unknown): string {
  const raw = isRecord(body) ? field(body, 'Link') : body;
  const link = readOptionalString(raw)?.trim() ?? null;
  if (link === null) {
    throw new EnvoiceError('invalid-response', 'Envoice sent no Link.');
  }
  const url = parseWebUrl(link);
  if (url === null) {
    throw new EnvoiceError('invalid-response', 'Envoice sent a Link that is not an http(s) URL.');
  }
  return url.href;
}
