// The Envoice API v1 client. Each method sends one request through the shared request path and
// converts the response to the normalised types, so callers see either clean data or an EnvoiceError.

import { ENVOICE_BASE_URL } from '../build-config';
import type { Settings } from '../settings';
import { parseWebUrl } from '../web-url';
import { EnvoiceError } from './errors';
import {
  mapRecords,
  normalizeClient,
  normalizeCurrency,
  normalizePaymentGateway,
  normalizeTax,
  normalizeWorkType,
} from './normalize-catalog';
import { normalizeInvoiceDetails, normalizeInvoicePage, normalizeLink } from './normalize-invoices';
import { isRecord } from './normalize-values';
import type { RequestInfo } from './request';
import { createRequester } from './request';
import { newInvoiceBody, sendToClientBody } from './request-bodies';
import type { EnvoiceApi } from './types';

export type { RequestInfo } from './request';

/** Well under the 30 s that Chrome lets a service worker's fetch run before it may stop the worker. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface EnvoiceClientOptions {
  /** Origin of the API, such as `https://www.envoice.in`: http(s), no path, no credentials. */
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  /** Deadline for the whole request, body included, in milliseconds. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Called once per request with its outcome; for logs and measurements. */
  onRequest?: (info: RequestInfo) => void;
  /** Clock for Retry-After dates and durations, in epoch milliseconds. */
  now?: () => number;
}

/**
 * Checks that `baseUrl` is a bare http(s) origin and returns it without a trailing slash. A path,
 * query or user info would let a build send the secret somewhere other than the API root.
 */
export function validateBaseUrl(baseUrl: string): string {
  const url = parseWebUrl(baseUrl);
  if (url === null) {
    throw new TypeError(`The Envoice address "${baseUrl}" is not an http(s) URL; expected something like https://www.envoice.in.`);
  }
  if (url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new TypeError(`The Envoice address "${url.origin}…" must be an origin only, without user info, path, query or fragment.`);
  }
  return url.origin;
}

export function createEnvoiceClient(options: EnvoiceClientOptions): EnvoiceApi {
  const request = createRequester({
    origin: validateBaseUrl(options.baseUrl),
    apiKey: options.apiKey,
    apiSecret: options.apiSecret,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // Bound so a fetch taken from `globalThis` keeps its receiver in the worker.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    onRequest: options.onRequest,
    now: options.now ?? Date.now,
  });

  const get = (path: string, query?: Record<string, number>) => request({ method: 'GET', path, query });
  const post = (path: string, body: unknown) => request({ method: 'POST', path, body });

  return {
    async listInvoices(page, pageSize) {
      const body = await get('api/invoice/all', { 'queryOptions.page': page, 'queryOptions.pageSize': pageSize });
      return normalizeInvoicePage(body, page, pageSize);
    },
    async getInvoiceDetails(id) {
      return normalizeInvoiceDetails(await get('api/invoice/details', { id }));
    },
    async getInvoiceShareLink(id) {
      return normalizeLink(await get('api/invoice/uri', { id }));
    },
    async getInvoicePdfLink(id) {
      return normalizeLink(await get('api/invoice/pdf', { id }));
    },
    async listClients() {
      return mapRecords(await get('api/client/all'), 'clients', normalizeClient);
    },
    async listWorkTypes() {
      return mapRecords(await get('api/worktype/all'), 'work types', normalizeWorkType);
    },
    async listTaxes() {
      return mapRecords(await get('api/tax/all'), 'taxes', normalizeTax);
    },
    async listCurrencies() {
      return mapRecords(await get('api/general/currencies'), 'currencies', normalizeCurrency);
    },
    async listPaymentGateways() {
      return mapRecords(await get('api/payment/supported'), 'payment gateways', normalizePaymentGateway);
    },
    async createInvoice(newInvoice) {
      return normalizeInvoiceDetails(await post('api/invoice/new', newInvoiceBody(newInvoice)));
    },
    async sendInvoiceToClient(sendRequest) {
      // The document promises an integer; `true` and an object without a fault mean success as well.
      checkAcknowledged(await post('api/invoice/sendtoclient', sendToClientBody(sendRequest)), 'send the invoice');
    },
    async changeInvoiceStatus(id, status) {
      checkAcknowledged(await post('api/invoice/changestatus', { Id: id, Status: status }), 'change the invoice status');
    },
  };
}

/** Accepts a number, `true` or an object (faults were raised already); `false` is a refusal. */
function checkAcknowledged(body: unknown, action: string): void {
  if (typeof body === 'number' || body === true || isRecord(body)) {
    return;
  }
  if (body === false) {
    throw new EnvoiceError('api-fault', `Envoice returned false: it did not ${action}.`);
  }
  throw new EnvoiceError('invalid-response', `Envoice returned ${JSON.stringify(body).slice(0, 60)} instead of confirming that it did ${action}.`);
}

/** Creates a client for the saved credentials and the Envoice address fixed at build time. */
export function createClientFromSettings(
  settings: Pick<Settings, 'apiKey' | 'apiSecret'>,
  options: Omit<EnvoiceClientOptions, 'baseUrl' | 'apiKey' | 'apiSecret'> = {},
): EnvoiceApi {
  return createEnvoiceClient({ ...options, baseUrl: ENVOICE_BASE_URL, apiKey: settings.apiKey, apiSecret: settings.apiSecret });
}
