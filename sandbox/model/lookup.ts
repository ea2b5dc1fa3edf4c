/** Lookups that every account operation needs. A missing reference is a bug in the seed or the caller. */
import type { Account, Client, Currency, Invoice } from './types';

export function clientOf(account: Account, invoice: Invoice): Client {
  const client = account.clients.find((candidate) => candidate.id === invoice.clientId);
  if (!client) throw new Error(`Invoice ${invoice.id} refers to missing client ${invoice.clientId}.`);
  return client;
}

export function currencyOf(account: Account, invoice: Invoice): Currency {
  const currency = account.currencies.find((candidate) => candidate.id === invoice.currencyId);
  if (!currency) throw new Error(`Invoice ${invoice.id} refers to missing currency ${invoice.currencyId}.`);
  return currency;
}
