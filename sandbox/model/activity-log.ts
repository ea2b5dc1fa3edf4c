/**
 * Appends activities to an invoice's log and applies their effect on the invoice, as the
 * service does when a client opens, views or pays an invoice.
 */
import { isPaymentActivity, linksToShare } from './activity-types';
import { clientOf, currencyOf } from './lookup';
import { describeActivity } from './messages';
import { balanceDue } from './totals';
import type { Account, Activity, Invoice, InvoiceStatus, PaymentType } from './types';
import { PAYMENT_TYPES } from './types';

export interface LogOptions {
  message?: string;
  /** Epoch ms; defaults to the account clock. */
  at?: number;
}

/** Appends an activity without touching the invoice's status. */
export function logActivity(account: Account, invoice: Invoice, type: string, options: LogOptions = {}): Activity {
  const message = options.message ?? describeActivity(type, {
    invoice,
    client: clientOf(account, invoice),
    currency: currencyOf(account, invoice),
  });
  const activity: Activity = {
    id: account.nextId.activity++,
    type,
    message,
    linksToShare: linksToShare(type),
    at: options.at ?? account.now(),
  };
  invoice.activities.push(activity);
  return activity;
}

/** Statuses that an activity of `type` moves the invoice into, or null when it leaves the status alone. */
function statusAfter(type: string, current: InvoiceStatus): InvoiceStatus | null {
  if (isPaymentActivity(type)) return 'Paid';
  if (type === 'Overdue' || type === 'Void' || type === 'Draft' || type === 'Unpaid') return type;
  if (type === 'SentViaEmail' && current === 'Draft') return 'Unpaid';
  return null;
}

export function paymentTypeFor(account: Pick<Account, 'gateways'>, activityType: string): PaymentType {
  if (activityType === 'NewManualPayment') return 'Bank';
  const gateway = account.gateways.find((candidate) => candidate.activityType === activityType);
  if (gateway) return gateway.paymentType;
  const suffix = activityType.replace(/^NewPaymentWith/, '').toLowerCase();
  return PAYMENT_TYPES.find((name) => name.toLowerCase() === suffix) ?? 'Other';
}

/**
 * Logs an activity and applies its status effect. A payment activity records a payment of the
 * remaining balance (if any) and marks the invoice Paid.
 */
export function applyActivity(account: Account, invoice: Invoice, type: string, options: LogOptions = {}): Activity {
  const at = options.at ?? account.now();
  let amount: number | undefined;

  if (isPaymentActivity(type)) {
    amount = balanceDue(invoice);
    if (amount > 0) {
      const paymentType = paymentTypeFor(account, type);
      invoice.payments.push({
        id: account.nextId.payment++,
        amount,
        type: paymentType,
        isAutomatic: type.startsWith('NewPaymentWith'),
        paidOn: at,
        referenceId: paymentType === 'Other' ? null : `${paymentType.toLowerCase()}_${account.random.hex(14)}`,
        note: null,
      });
    }
  }

  const status = statusAfter(type, invoice.status);
  if (status) invoice.status = status;

  const gateway = account.gateways.find((candidate) => candidate.activityType === type)?.name;
  const message = options.message ?? describeActivity(type, {
    invoice,
    client: clientOf(account, invoice),
    currency: currencyOf(account, invoice),
    ...(amount === undefined ? {} : { amount }),
    ...(gateway === undefined ? {} : { gateway }),
  });
  return logActivity(account, invoice, type, { message, at });
}

/** Statuses an invoice should have for an activity of `type` to make sense on it. */
export function suitableStatuses(type: string): readonly InvoiceStatus[] {
  if (type === 'SentViaEmail') return ['Draft', 'Unpaid'];
  if (type === 'Void') return ['Draft', 'Unpaid', 'Overdue'];
  if (type === 'Overdue') return ['Unpaid'];
  if (type === 'Created' || type === 'Updated' || type === 'Draft') return ['Draft', 'Unpaid', 'Overdue', 'Paid'];
  return ['Unpaid', 'Overdue'];
}

/** Picks a random invoice that suits `type`, or null when the account has none. */
export function pickInvoiceFor(account: Account, type: string): Invoice | null {
  const statuses = suitableStatuses(type);
  const candidates = account.invoices.filter((invoice) => statuses.includes(invoice.status));
  return candidates.length === 0 ? null : account.random.pick(candidates);
}
