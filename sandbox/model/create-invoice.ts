/**
 * Invoice creation with the checks the service makes: a known client and currency, at least one
 * item, status Draft or Unpaid, and a unique number.
 */
import { logActivity } from './activity-log';
import { formatInvoiceNumber } from './account';
import type { ApiError, Outcome } from './errors';
import { parseItems } from './parse-items';
import { DAY_MS, DEFAULT_DUE_DAYS } from './seed-invoices';
import { applyInvoiceTotals } from './totals';
import type { Account, Invoice, InvoiceStatus } from './types';
import { INVOICE_STATUSES } from './types';

function invalid(code: string, message: string): ApiError {
  return { code, group: 'Invoice', message };
}

type Body = Record<string, unknown>;

/** Accepts the status name or its index in the document's enum; undefined means Draft. */
function parseStatus(value: unknown): InvoiceStatus | null {
  if (value === undefined || value === null) return 'Draft';
  const status = typeof value === 'number' ? INVOICE_STATUSES[value] : INVOICE_STATUSES.find((name) => name === value);
  return status === 'Draft' || status === 'Unpaid' ? status : null;
}

function parseDate(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export function nextInvoiceNumber(account: Account): string {
  let highest = 0;
  for (const invoice of account.invoices) {
    const match = /^INV-(\d+)$/.exec(invoice.number);
    if (match?.[1]) highest = Math.max(highest, Number(match[1]));
  }
  return formatInvoiceNumber(highest + 1);
}

/** Validates a decoded InvoiceCreateApiModel and, when it is valid, adds the invoice and logs Created. */
export function createInvoice(account: Account, body: Body): Outcome<Invoice> {
  const errors: ApiError[] = [];
  const client = account.clients.find((candidate) => candidate.id === body['ClientId']);
  if (!client) errors.push(invalid('ClientRequired', 'Please choose a client.'));
  const currency = account.currencies.find((candidate) => candidate.id === body['CurrencyId']);
  if (!currency) errors.push(invalid('CurrencyRequired', 'Please choose a currency.'));

  const status = parseStatus(body['Status']);
  if (!status) errors.push(invalid('InvalidStatus', 'A new invoice must have the status Draft or Unpaid.'));

  const number = typeof body['Number'] === 'string' && body['Number'].trim() !== '' ? body['Number'].trim() : nextInvoiceNumber(account);
  if (account.invoices.some((invoice) => invoice.number === number)) {
    errors.push(invalid('DuplicateNumber', `The invoice number ${number} is already in use. Please choose another number.`));
  }

  const issuedOn = parseDate(body['IssuedOn']);
  const dueOn = parseDate(body['Duedate']);
  if (issuedOn === null) errors.push(invalid('InvalidIssueDate', 'IssuedOn is not a valid date.'));
  if (dueOn === null) errors.push(invalid('InvalidDueDate', 'Duedate is not a valid date.'));

  const gateways = Array.isArray(body['PaymentGateways']) ? body['PaymentGateways'] : [];
  const gatewayNames: string[] = [];
  for (const entry of gateways) {
    const name = (entry as Body | null)?.['Name'];
    const gateway = account.gateways.find((candidate) => candidate.name === name);
    if (gateway) gatewayNames.push(gateway.name);
    else errors.push(invalid('UnknownGateway', `The payment gateway ${String(name)} is not supported.`));
  }

  const items = parseItems(account, body['Items']);
  if (!items.ok) errors.push(...items.errors);
  if (errors.length > 0 || !client || !currency || !status || !items.ok) {
    return { ok: false, errors };
  }

  const issued = issuedOn ?? account.now();
  const due = dueOn ?? issued + (client.defaultDueDateInDays ?? DEFAULT_DUE_DAYS) * DAY_MS;
  if (due < issued) return { ok: false, errors: [invalid('InvalidDueDate', 'Duedate must not be before IssuedOn.')] };

  const invoice: Invoice = {
    id: account.nextId.invoice++,
    number,
    accessToken: account.random.hex(32),
    clientId: client.id,
    currencyId: currency.id,
    status,
    issuedOn: issued,
    dueOn: due,
    notes: typeof body['Notes'] === 'string' ? body['Notes'] : null,
    poNumber: typeof body['PoNumber'] === 'string' ? body['PoNumber'] : null,
    terms: typeof body['Terms'] === 'string' ? body['Terms'] : null,
    shouldSendReminders: body['ShouldSendReminders'] === true,
    enablePartialPayments: false,
    gateways: gatewayNames,
    items: items.value.map((item) => ({ ...item, id: account.nextId.item++ })),
    payments: [],
    activities: [],
    subTotal: 0,
    discount: 0,
    tax: 0,
    total: 0,
  };
  applyInvoiceTotals(invoice);
  account.invoices.push(invoice);
  account.invoicesById.set(invoice.id, invoice);
  logActivity(account, invoice, 'Created');
  return { ok: true, value: invoice };
}
