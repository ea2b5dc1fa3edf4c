/** `GET /_sandbox/state`: a compact summary of the account for tests and the CLI. */
import type { Account } from './model/types';
import { INVOICE_STATUSES } from './model/types';
import type { SandboxServices } from './services';

export interface InvoiceRow {
  id: number;
  number: string;
  status: string;
  client: string;
  total: number;
  currency: string;
  activities: number;
  lastActivityId: number | null;
}

export function summarizeAccount(services: SandboxServices): Record<string, unknown> {
  const { account } = services;
  const counts = Object.fromEntries(INVOICE_STATUSES.map((status) => [status, 0]));
  for (const invoice of account.invoices) counts[invoice.status] = (counts[invoice.status] ?? 0) + 1;

  return {
    seed: account.seed,
    seededInvoiceCount: account.seededInvoiceCount,
    invoiceCount: account.invoices.length,
    counts,
    activityCount: account.invoices.reduce((sum, invoice) => sum + invoice.activities.length, 0),
    lastActivityId: account.nextId.activity - 1,
    trickle: services.trickle.settings,
    faults: services.faults.describe(),
    invoices: invoiceRows(account),
  };
}

function invoiceRows(account: Account): InvoiceRow[] {
  return account.invoices.map((invoice) => ({
    id: invoice.id,
    number: invoice.number,
    status: invoice.status,
    client: account.clients.find((client) => client.id === invoice.clientId)?.name ?? '',
    total: invoice.total,
    currency: account.currencies.find((currency) => currency.id === invoice.currencyId)?.value ?? '',
    activities: invoice.activities.length,
    lastActivityId: invoice.activities.at(-1)?.id ?? null,
  }));
}
