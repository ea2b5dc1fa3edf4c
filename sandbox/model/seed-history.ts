/**
 * Seeded activity logs that agree with each invoice's status: every invoice was Created, sent
 * ones have SentViaEmail, paid ones end in a payment, overdue ones in Overdue, and so on.
 */
import { paymentTypeFor } from './activity-log';
import { DAY_MS } from './seed-invoices';
import type { Account, Invoice } from './types';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** An activity before ids and messages are assigned. */
export interface ActivityDraft {
  invoice: Invoice;
  type: string;
  at: number;
  /** Paid amount, for payment activities. */
  amount?: number;
}

type HistoryAccount = Pick<Account, 'random' | 'gateways'>;

export function seedHistory(account: HistoryAccount, invoice: Invoice, now: number): ActivityDraft[] {
  const { random } = account;
  const latest = now - 1000;
  const between = (from: number, to: number): number => Math.min(latest, Math.round(from + random.next() * Math.max(0, to - from)));
  const drafts: ActivityDraft[] = [];
  const add = (type: string, at: number, amount?: number): number => {
    drafts.push(amount === undefined ? { invoice, type, at } : { invoice, type, at, amount });
    return at;
  };

  const created = add('Created', invoice.issuedOn);
  if (invoice.status === 'Draft') {
    if (random.chance(0.3)) add('Updated', between(created, now));
    return drafts;
  }

  if (invoice.status === 'Void') {
    const sent = random.chance(0.5) ? add('SentViaEmail', between(created + 5 * MINUTE_MS, created + 2 * HOUR_MS)) : created;
    add('Void', between(sent + DAY_MS, now - DAY_MS / 2));
    return drafts;
  }

  // Paid invoices are paid within their terms plus up to ten days, but never after now.
  const end = invoice.status === 'Paid'
    ? between(invoice.issuedOn + 0.3 * (Math.min(now, invoice.dueOn + 10 * DAY_MS) - invoice.issuedOn), Math.min(now, invoice.dueOn + 10 * DAY_MS))
    : now;
  const sent = add('SentViaEmail', between(created + 5 * MINUTE_MS, created + Math.min(2 * HOUR_MS, (end - created) / 5)));
  let seen = sent;
  const openChance = { Paid: 0.85, Unpaid: 0.7, Overdue: 0.8 }[invoice.status];
  if (random.chance(openChance)) {
    seen = add('Opened', between(sent + MINUTE_MS, sent + (end - sent) / 2));
    if (invoice.status === 'Paid' || random.chance(0.7)) seen = add('Viewed', between(seen + MINUTE_MS, seen + (end - seen) / 2));
    if (random.chance(0.2)) add('DownloadedAsPdf', between(seen + MINUTE_MS, seen + (end - seen) / 2));
  }

  if (invoice.status === 'Overdue') {
    const overdue = add('Overdue', between(invoice.dueOn + HOUR_MS, invoice.dueOn + 6 * HOUR_MS));
    if (random.chance(0.5)) add('SentReminderViaEmail', between(overdue + HOUR_MS, overdue + 3 * DAY_MS));
  }

  if (invoice.status === 'Paid') seedPayment(account, invoice, end, add);
  return drafts;
}

function seedPayment(account: HistoryAccount, invoice: Invoice, paidOn: number, add: (type: string, at: number, amount?: number) => number): void {
  const { random } = account;
  const gateways = account.gateways.filter((gateway) => invoice.gateways.includes(gateway.name));
  const type = gateways.length > 0 && random.chance(0.7)
    ? random.pick(gateways).activityType
    : random.weighted([['NewManualPayment', 2], ['Paid', 1]] as const);
  const paymentType = paymentTypeFor(account, type);

  invoice.payments.push({
    id: 0,
    amount: invoice.total,
    type: paymentType,
    isAutomatic: type.startsWith('NewPaymentWith'),
    paidOn,
    referenceId: paymentType === 'Other' ? null : `${paymentType.toLowerCase()}_${random.hex(14)}`,
    note: type === 'NewManualPayment' ? 'Bank transfer' : null,
  });
  add(type, paidOn, invoice.total);
}
