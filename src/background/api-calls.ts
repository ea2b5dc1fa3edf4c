// The worker's side of 'api-call': extension pages call the Envoice API through here with the saved
// credentials. Replies carry values or serialised errors, never the API secret.

import { EnvoiceError } from '../shared/api/errors';
import { scrubSecrets } from '../shared/api/request';
import type { EnvoiceApi } from '../shared/api/types';
import { createLogger, redactSecrets } from '../shared/log';
import type { ApiCallResult, ApiMethodName, SerializedApiError } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { hasCredentials, loadSettings } from '../shared/settings';
import { BOOST_DURATION_MS, boostBudget } from '../sync';
import type { BoostReason } from '../sync/types';
import { createApi } from './api-client';
import { localStorageArea } from './storage';
import { requestSync } from './sync-runner';

const log = createLogger('api-calls');

type ArgsCheck = (args: unknown[]) => boolean;

const isId = (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0;
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

const noArgs: ArgsCheck = (args) => args.length === 0;
const oneId: ArgsCheck = (args) => args.length === 1 && isId(args[0]);
const oneObject: ArgsCheck = (args) => args.length === 1 && isObject(args[0]);

/** The allow-list: each method a page may call, with the shape its arguments must have. */
const ARGS_CHECKS: Readonly<Record<ApiMethodName, ArgsCheck>> = {
  listInvoices: (args) => args.length === 2 && isId(args[0]) && isId(args[1]),
  getInvoiceDetails: oneId,
  getInvoiceShareLink: oneId,
  getInvoicePdfLink: oneId,
  listClients: noArgs,
  listWorkTypes: noArgs,
  listTaxes: noArgs,
  listCurrencies: noArgs,
  listPaymentGateways: noArgs,
  createInvoice: oneObject,
  sendInvoiceToClient: oneObject,
};

/** Calls after which the user is likely to watch for activity, so the sync budget grows for a while. */
const BOOST_AFTER: Partial<Record<ApiMethodName, BoostReason>> = {
  createInvoice: 'invoice-created',
  sendInvoiceToClient: 'invoice-sent',
};

async function boostAfter(method: ApiMethodName, startSync: (reason: 'invoice-created') => Promise<unknown>): Promise<void> {
  const reason = BOOST_AFTER[method];
  if (reason === undefined) {
    return;
  }
  try {
    await boostBudget(localStorageArea, Date.now() + BOOST_DURATION_MS, reason);
  } catch (error) {
    log.warn('Could not raise the sync budget', error);
  }
  if (reason === 'invoice-created') {
    // The popup asks for a sync too, but it may have closed before the response came; the worker
    // starts one itself so the new invoice reaches the feed without waiting for the alarm.
    startSync('invoice-created').catch((error: unknown) => log.warn('The sync after creating an invoice failed', error));
  }
}

export interface ApiCall {
  method: ApiMethodName;
  args: unknown[];
}

/** Checks an 'api-call' request. Returns null for a method off the allow-list or malformed arguments. */
export function parseApiCall(method: unknown, args: unknown): ApiCall | null {
  if (typeof method !== 'string' || !Object.hasOwn(ARGS_CHECKS, method) || !Array.isArray(args)) {
    return null;
  }
  const name = method as ApiMethodName;
  return ARGS_CHECKS[name](args) ? { method: name, args } : null;
}

/** Converts a failure to the form sent back to the page. Anything but an EnvoiceError becomes 'unexpected'. */
export function serializeApiError(error: unknown, secret: string): SerializedApiError {
  if (!(error instanceof EnvoiceError)) {
    return { kind: 'unexpected', message: 'The background worker failed while calling Envoice.' };
  }
  // The client scrubs its own errors; this covers any other EnvoiceError, so no reply carries the secret.
  const { kind, message, status, retryAfterMs, userMessage } = scrubSecrets(error, [secret]);
  // Chrome drops undefined fields from the reply and Firefox keeps them as undefined, which reads the same.
  return { kind, message, status, retryAfterMs, userMessage };
}

/**
 * Runs one allowed call with a client built from the saved settings, and never rejects. Tests pass
 * `makeApi` to put a fake client behind the real checks and serialisation, and `startSync` to keep
 * the sync that follows a create from running against the real worker state.
 */
export async function handleApiCall(
  { method, args }: ApiCall,
  makeApi: (settings: Settings) => EnvoiceApi = createApi,
  startSync: (reason: 'invoice-created') => Promise<unknown> = requestSync,
): Promise<ApiCallResult> {
  let secret = '';
  try {
    const settings = await loadSettings();
    secret = settings.apiSecret;
    if (!hasCredentials(settings)) {
      throw new EnvoiceError('not-configured', 'No API key and secret are saved.');
    }
    const api = makeApi(settings);
    const callable = api[method] as (...values: unknown[]) => Promise<unknown>;
    const value = await callable.apply(api, args);
    await boostAfter(method, startSync);
    return { ok: true, value };
  } catch (error) {
    const serialized = serializeApiError(error, secret);
    if (serialized.kind === 'unexpected') {
      log.error(`API call ${method} failed inside the worker`, redactSecrets(String(error), [secret]));
    } else {
      log.warn(`API call ${method} failed`, { kind: serialized.kind, status: serialized.status ?? null });
    }
    return { ok: false, error: serialized };
  }
}
