// The benchmark's account: the sandbox's seeded account with most of its history closed, so that
// a given number of invoices stays open (Draft, Unpaid, Overdue) as in a long-running business.

import { createAccount } from '../sandbox/model/account';
import { applyActivity } from '../sandbox/model/activity-log';
import type { Account, Invoice } from '../sandbox/model/types';

const DAY_MS = 86_400_000;
const OPEN: ReadonlySet<string> = new Set(['Draft', 'Unpaid', 'Overdue']);

export interface BenchAccountOptions {
  invoiceCount: number;
  openCount: number;
  seed: number;
  clock: { now: number };
  /** Days the seeded issue dates spread over before now; the sandbox seeds 90. */
  historyDays: number;
}

const SEEDED_HISTORY_DAYS = 90;

/**
 * Stretches the seeded issue dates and activity times over `historyDays`, so the account issues
 * invoices at a steady rate (2,000 over a year is about 5.5 a day) instead of the sandbox's 90
 * days. Activities move with their invoice, so a send in the log never looks later than it was.
 */
function stretchHistory(account: Account, now: number, historyDays: number): void {
  const factor = historyDays / SEEDED_HISTORY_DAYS;
  const stretch = (time: number): number => Math.round(now - (now - time) * factor);
  for (const invoice of account.invoices) {
    const terms = invoice.dueOn - invoice.issuedOn;
    invoice.issuedOn = stretch(invoice.issuedOn);
    invoice.dueOn = invoice.issuedOn + terms;
    for (const activity of invoice.activities) {
      activity.at = Math.max(invoice.issuedOn, stretch(activity.at));
    }
  }
}

/** Closes the oldest open invoices (paid, or void for drafts) at a time before `now`. */
function closeInvoice(account: Account, invoice: Invoice, now: number): void {
  const at = Math.min(now - DAY_MS, invoice.issuedOn + Math.max(1, account.random.int(1, 20)) * DAY_MS);
  applyActivity(account, invoice, invoice.status === 'Draft' ? 'Void' : 'Paid', { at });
}

export function createBenchAccount(options: BenchAccountOptions): Account {
  const account = createAccount({ seed: options.seed, invoiceCount: options.invoiceCount, now: () => options.clock.now });
  stretchHistory(account, options.clock.now, options.historyDays);
  // Stretched due dates may have passed: those invoices turned overdue then, as the service does.
  for (const invoice of account.invoices) {
    if (invoice.status === 'Unpaid' && invoice.dueOn < options.clock.now) {
      applyActivity(account, invoice, 'Overdue', { at: invoice.dueOn });
    }
  }
  const open = account.invoices.filter((invoice) => OPEN.has(invoice.status)).sort((a, b) => b.issuedOn - a.issuedOn);
  for (const invoice of open.slice(options.openCount)) {
    closeInvoice(account, invoice, options.clock.now);
  }
  return account;
}

/** Adds an invoice to the account as the user's create-and-send does, at the account clock. */
export function addInvoice(account: Account, template: Invoice, send: boolean): Invoice {
  const id = account.nextId.invoice++;
  const now = account.now();
  const invoice: Invoice = {
    ...structuredClone(template),
    id,
    number: `INV-${String(id).padStart(4, '0')}`,
    status: 'Draft',
    issuedOn: now,
    dueOn: now + 14 * DAY_MS,
    payments: [],
    activities: [],
  };
  account.invoices.push(invoice);
  account.invoicesById.set(id, invoice);
  applyActivity(account, invoice, 'Created');
  if (send) {
    applyActivity(account, invoice, 'SentViaEmail');
  }
  return invoice;
}
