/** Random, realistic client activity for the trickle mode: opens, views, payments, overdue notices. */
import { applyActivity, pickInvoiceFor } from './activity-log';
import type { Account, Activity, Invoice } from './types';

const KINDS = [['Opened', 30], ['Viewed', 30], ['payment', 20], ['SentViaEmail', 8], ['Overdue', 5], ['DownloadedAsPdf', 5], ['Void', 2]] as const;

/** Applies one random activity; returns null when no invoice suits the chosen kind. */
export function addRandomActivity(account: Account): { invoice: Invoice; activity: Activity } | null {
  const kind = account.random.weighted(KINDS);
  const invoice = pickInvoiceFor(account, kind === 'payment' ? 'Paid' : kind);
  if (!invoice) return null;

  let type: string = kind;
  if (kind === 'payment') {
    const gateways = account.gateways.filter((gateway) => invoice.gateways.includes(gateway.name));
    type = gateways.length > 0 ? account.random.pick(gateways).activityType : 'NewManualPayment';
  }
  return { invoice, activity: applyActivity(account, invoice, type) };
}
