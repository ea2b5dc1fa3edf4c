// An EnvoiceApi for extension pages whose calls run in the background worker, which contains the
// only HTTP client. Pages stay small (no ky, no normalisers), and a call keeps running in the worker
// when the popup closes mid-request. Errors come back as the same EnvoiceError kinds.

import type { ApiCallResult, ApiMethodName } from '../messages';
import { sendMessage } from '../messages';
import { EnvoiceError } from './errors';
import type { EnvoiceApi } from './types';

export const WORKER_UNREACHABLE_MESSAGE = "The extension's background worker did not respond; reopen the popup.";

/** The methods forwarded to the worker. The Record type makes the compiler check that the list is complete. */
const FORWARDED: Readonly<Record<ApiMethodName, true>> = {
  listInvoices: true,
  getInvoiceDetails: true,
  getInvoiceShareLink: true,
  getInvoicePdfLink: true,
  listClients: true,
  listWorkTypes: true,
  listTaxes: true,
  listCurrencies: true,
  listPaymentGateways: true,
  createInvoice: true,
  sendInvoiceToClient: true,
};

async function callWorker(method: ApiMethodName, args: unknown[]): Promise<unknown> {
  let result: ApiCallResult | undefined;
  try {
    result = await sendMessage('api-call', { method, args });
  } catch (error) {
    // No worker listening (it failed to start, or the extension was just reloaded).
    throw new EnvoiceError('unexpected', WORKER_UNREACHABLE_MESSAGE, { cause: error });
  }
  if (result?.ok === true) {
    return result.value;
  }
  const failure = result?.ok === false ? result.error : undefined;
  if (typeof failure?.kind !== 'string' || typeof failure.message !== 'string') {
    throw new EnvoiceError('unexpected', `The background worker returned an invalid response to ${method}.`);
  }
  const { kind, message, status, retryAfterMs, userMessage } = failure;
  throw new EnvoiceError(kind, message, { status, retryAfterMs, userMessage });
}

/** Creates an EnvoiceApi that forwards each call to the worker, which uses the saved credentials. */
export function createWorkerApi(): EnvoiceApi {
  const methods = Object.keys(FORWARDED) as ApiMethodName[];
  const api = Object.fromEntries(methods.map((method) => [method, (...args: unknown[]) => callWorker(method, args)]));
  return {
    ...(api as Pick<EnvoiceApi, ApiMethodName>),
    // NOTE: no page changes an invoice's status, so the worker does not accept this call.
    changeInvoiceStatus: async () => {
      throw new EnvoiceError('unexpected', 'Changing an invoice status is not available from extension pages.');
    },
  };
}
