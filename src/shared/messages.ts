// Messages from extension pages to the worker. Each request type maps to its response type so
// both sides stay in step; the worker answers through `runtime.onMessage` returning a promise.

import browser from 'webextension-polyfill';
import type { EnvoiceErrorKind } from './api/errors';
import type { EnvoiceApi } from './api/types';
import type { SyncStatus } from './feed';

export type SyncReason = 'alarm' | 'install' | 'startup' | 'settings' | 'popup' | 'invoice-created' | 'online';

export interface MessageMap {
  /** Runs a sync now (or joins the one running) and returns the status after it. */
  'sync-now': { request: { reason: SyncReason }; response: SyncStatus };
  /** The popup opened: boosts the sync budget for a while and marks the feed seen. */
  'popup-opened': { request: Record<never, never>; response: null };
  /** Calls the Envoice API with the saved credentials, so the popup needs no HTTP client of its own. */
  'api-call': { request: { method: ApiMethodName; args: unknown[] }; response: ApiCallResult };
}

/** The EnvoiceApi methods extension pages may call through the worker. */
export type ApiMethodName = Extract<
  keyof EnvoiceApi,
  | 'listInvoices'
  | 'getInvoiceDetails'
  | 'getInvoiceShareLink'
  | 'getInvoicePdfLink'
  | 'listClients'
  | 'listWorkTypes'
  | 'listTaxes'
  | 'listCurrencies'
  | 'listPaymentGateways'
  | 'createInvoice'
  | 'sendInvoiceToClient'
>;

/** An EnvoiceError as plain data, which survives the copy (JSON in Chrome, structured clone in Firefox) between pages. */
export interface SerializedApiError {
  kind: EnvoiceErrorKind;
  message: string;
  status?: number;
  retryAfterMs?: number;
  userMessage?: string;
}

export type ApiCallResult = { ok: true; value: unknown } | { ok: false; error: SerializedApiError };

export type MessageType = keyof MessageMap;

export type Message = { [T in MessageType]: { type: T } & MessageMap[T]['request'] }[MessageType];

export async function sendMessage<T extends MessageType>(
  type: T,
  request: MessageMap[T]['request'],
): Promise<MessageMap[T]['response']> {
  return (await browser.runtime.sendMessage({ type, ...request })) as MessageMap[T]['response'];
}
