/**
 * Seeded invoices without their history: a status, dates that fit it, items and totals.
 * Issue dates spread over the 90 days before `now`.
 */
import { ITEM_DESCRIPTIONS } from './catalog';
import type { Random } from './random';
import type { ReferenceData } from './reference-data';
import { applyInvoiceTotals, computeItemAmounts } from './totals';
import type { Currency, Invoice, InvoiceItem, InvoiceStatus, PaymentGateway } from './types';
import { INVOICE_STATUSES } from './types';

export const DAY_MS = 86_400_000;
/** Payment terms when a client has none. */
export const DEFAULT_DUE_DAYS = 14;

const STATUS_WEIGHTS: readonly (readonly [InvoiceStatus, number])[] = [
  ['Paid', 45], ['Unpaid', 20], ['Overdue', 15], ['Draft', 12], ['Void', 8],
];

/** Issue-date window in days before now, per status, so that due dates agree with the status. */
function issueWindowDays(status: InvoiceStatus, dueDays: number): readonly [number, number] {
  switch (status) {
    case 'Draft': return [0.1, 20];
    case 'Unpaid': return [0.05, dueDays - 0.5];
    case 'Overdue': return [dueDays + 1, 90];
    case 'Paid': return [1, 90];
    case 'Void': return [2, 90];
  }
}

export interface SeedContext {
  random: Random;
  now: number;
  reference: ReferenceData;
  currencies: readonly Currency[];
  gateways: readonly PaymentGateway[];
}

function seedItems(context: SeedContext, clientId: number): InvoiceItem[] {
  const { random, reference } = context;
  const taxId = reference.clientTaxIds.get(clientId) ?? null;
  const taxPercentage = reference.taxes.find((tax) => tax.id === taxId)?.percentage ?? 0;
  const items: InvoiceItem[] = [];

  for (let count = random.int(1, 4); count > 0; count--) {
    const workType = random.pick(reference.workTypes);
    const hourly = random.chance(0.6);
    const input = {
      quantity: hourly ? random.int(1, 40) : 1,
      cost: hourly ? random.int(5, 30) * 5 : random.int(4, 100) * 50,
      taxPercentage,
      discountPercentage: random.chance(0.1) ? random.pick([5, 10]) : 0,
    };
    items.push({
      id: 0,
      workTypeId: workType.id,
      description: random.chance(0.85) ? random.pick(ITEM_DESCRIPTIONS[workType.title] ?? [workType.title]) : null,
      taxId,
      ...input,
      ...computeItemAmounts(input),
    });
  }
  return items;
}

/** Builds one invoice with `status`; ids, numbers and tokens are assigned later, in issue order. */
export function seedInvoice(context: SeedContext, status: InvoiceStatus): Invoice {
  const { random, now, reference } = context;
  const client = random.pick(reference.clients);
  const dueDays = client.defaultDueDateInDays ?? DEFAULT_DUE_DAYS;
  const [minDays, maxDays] = issueWindowDays(status, dueDays);
  const issuedOn = Math.round(now - (minDays + random.next() * (maxDays - minDays)) * DAY_MS);
  const currencyCode = context.currencies.find((currency) => currency.id === client.currencyId)?.value;
  const offered = context.gateways.filter((gateway) => currencyCode !== undefined && gateway.currencies.includes(currencyCode));

  const invoice: Invoice = {
    id: 0,
    number: '',
    accessToken: '',
    clientId: client.id,
    currencyId: client.currencyId,
    status,
    issuedOn,
    dueOn: issuedOn + dueDays * DAY_MS,
    notes: random.chance(0.3) ? 'Thank you for your business.' : null,
    poNumber: random.chance(0.4) ? `PO-${random.int(1000, 9999)}` : null,
    terms: random.chance(0.5) ? `Payment within ${dueDays} days.` : null,
    shouldSendReminders: random.chance(0.6),
    enablePartialPayments: random.chance(0.2),
    gateways: offered.filter(() => random.chance(0.6)).map((gateway) => gateway.name),
    items: seedItems(context, client.id),
    payments: [],
    activities: [],
    subTotal: 0,
    discount: 0,
    tax: 0,
    total: 0,
  };
  applyInvoiceTotals(invoice);
  return invoice;
}

/** Statuses for `count` invoices; the first five cover every status so small accounts show all. */
export function seedStatuses(random: Random, count: number): InvoiceStatus[] {
  const statuses: InvoiceStatus[] = [];
  for (let index = 0; index < count; index++) {
    statuses.push(index < INVOICE_STATUSES.length ? INVOICE_STATUSES[index] as InvoiceStatus : random.weighted(STATUS_WEIGHTS));
  }
  return statuses;
}
