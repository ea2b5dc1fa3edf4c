// Payment gateways offered on a new invoice: those the service supports for the invoice's
// currency, checked by default as the user last chose them.

import browser from 'webextension-polyfill';
import type { PaymentGateway } from '../api/types';

export const LAST_GATEWAYS_KEY = 'invoiceLastGateways';

/** Gateways that accept the currency; a gateway whose list is empty is taken to accept any. */
export function gatewaysForCurrency(gateways: readonly PaymentGateway[], currencyCode: string | null): PaymentGateway[] {
  return gateways.filter(
    (gateway) => gateway.supportedCurrencies.length === 0 || currencyCode === null || gateway.supportedCurrencies.includes(currencyCode),
  );
}

/** Returns the user's choice, else the last used set, limited to what the currency allows. */
export function effectiveGatewayNames(chosen: readonly string[] | null, lastUsed: readonly string[], available: readonly PaymentGateway[]): string[] {
  const wanted = chosen ?? lastUsed;
  return available.map((gateway) => gateway.name).filter((name) => wanted.includes(name));
}

export async function readLastGateways(): Promise<string[]> {
  const { [LAST_GATEWAYS_KEY]: raw } = await browser.storage.local.get(LAST_GATEWAYS_KEY);
  return Array.isArray(raw) ? raw.filter((name): name is string => typeof name === 'string') : [];
}

export async function saveLastGateways(names: readonly string[]): Promise<void> {
  await browser.storage.local.set({ [LAST_GATEWAYS_KEY]: [...names] });
}
