/**
 * Creates the seeded account. The same seed, invoice count and clock reading always give the
 * same account. Dates are relative to the clock, so a fresh sandbox always has recent activity.
 */
import { CURRENCIES, COUNTRIES, GATEWAYS } from './catalog';
import { clientOf, currencyOf } from './lookup';
import { describeActivity } from './messages';
import { createRandom } from './random';
import { buildReferenceData } from './reference-data';
import type { ActivityDraft } from './seed-history';
import { seedHistory } from './seed-history';
import { seedInvoice, seedStatuses } from './seed-invoices';
import { linksToShare } from './activity-types';
import type { Account } from './types';

export const DEFAULT_SEED = 20_260_101;
export const DEFAULT_INVOICE_COUNT = 48;

export interface AccountOptions {
  seed?: number;
  /** Number of seeded invoices, at least 5 so that every status occurs. */
  invoiceCount?: number;
  /** Clock in epoch ms. */
  now?: () => number;
}

export function formatInvoiceNumber(sequence: number): string {
  return `INV-${String(sequence).padStart(4, '0')}`;
}

export function createAccount(options: AccountOptions = {}): Account {
  const seed = options.seed ?? DEFAULT_SEED;
  const invoiceCount = Math.max(5, Math.floor(options.invoiceCount ?? DEFAULT_INVOICE_COUNT));
  const now = options.now ?? Date.now;
  const random = createRandom(seed);
  const start = now();

  const reference = buildReferenceData(random, start);
  const account: Account = {
    seed,
    seededInvoiceCount: invoiceCount,
    now,
    random,
    countries: COUNTRIES.map((country) => ({ ...country })),
    currencies: CURRENCIES.map((currency) => ({ ...currency })),
    clients: reference.clients,
    workTypes: reference.workTypes,
    taxes: reference.taxes,
    gateways: GATEWAYS.map((gateway) => ({ ...gateway })),
    invoices: [],
    invoicesById: new Map(),
    nextId: { invoice: 1, item: 1, payment: 1, activity: 1 },
  };

  const context = { random, now: start, reference, currencies: account.currencies, gateways: account.gateways };
  const invoices = seedStatuses(random, invoiceCount).map((status) => seedInvoice(context, status));
  invoices.sort((a, b) => a.issuedOn - b.issuedOn);

  for (const invoice of invoices) {
    invoice.id = account.nextId.invoice++;
    invoice.number = formatInvoiceNumber(invoice.id);
    invoice.accessToken = random.hex(32);
    for (const item of invoice.items) item.id = account.nextId.item++;
    account.invoices.push(invoice);
    account.invoicesById.set(invoice.id, invoice);
  }

  const drafts: ActivityDraft[] = invoices.flatMap((invoice) => seedHistory(account, invoice, start));
  drafts.sort((a, b) => a.at - b.at);
  for (const draft of drafts) appendSeededActivity(account, draft);

  for (const invoice of invoices) {
    for (const payment of invoice.payments) payment.id = account.nextId.payment++;
  }
  return account;
}

function appendSeededActivity(account: Account, draft: ActivityDraft): void {
  const { invoice, type, at } = draft;
  const context = { invoice, client: clientOf(account, invoice), currency: currencyOf(account, invoice) };
  const gateway = account.gateways.find((candidate) => candidate.activityType === type)?.name;
  invoice.activities.push({
    id: account.nextId.activity++,
    type,
    message: describeActivity(type, {
      ...context,
      ...(draft.amount === undefined ? {} : { amount: draft.amount }),
      ...(gateway === undefined ? {} : { gateway }),
    }),
    linksToShare: linksToShare(type),
    at,
  });
}

/** Replaces the account's contents with a fresh seed, keeping its clock. */
export function resetAccount(account: Account, options: Omit<AccountOptions, 'now'> = {}): void {
  const fresh = createAccount({
    seed: options.seed ?? account.seed,
    invoiceCount: options.invoiceCount ?? account.seededInvoiceCount,
    now: account.now,
  });
  Object.assign(account, fresh);
}
