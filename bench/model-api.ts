// The two read calls of the Envoice API, served from a sandbox account. The sandbox's serialisers
// build the response bodies, quirks included, and the extension's own normalisers read them, as
// over HTTP but without sockets, ky or JSON text. Both strategies use it.

import { invoicesNewestFirst } from '../sandbox/api/paging';
import { MAX_PAGE_SIZE } from '../sandbox/api/paging';
import { serializeInvoice, serializeInvoiceDetails } from '../sandbox/api/serialize';
import type { SerializeContext } from '../sandbox/api/serialize';
import type { Account } from '../sandbox/model/types';
import { EnvoiceError } from '../src/shared/api/errors';
import { normalizeInvoiceDetails, normalizeInvoicePage } from '../src/shared/api/normalize-invoices';
import type { ReadApi } from '../src/sync/counting-api';

export interface CountedApi extends ReadApi {
  /** Requests served so far. */
  requests: number;
  /** Milliseconds spent serving requests, so engine time can be measured without the simulated service. */
  elapsedMs: number;
}

export function createModelApi(account: Account): CountedApi {
  const context: SerializeContext = { account, origin: 'http://127.0.0.1:8787', quirks: { enabled: true } };

  const api: CountedApi = {
    requests: 0,
    elapsedMs: 0,
    async listInvoices(page, pageSize) {
      const started = performance.now();
      api.requests++;
      const size = Math.min(pageSize, MAX_PAGE_SIZE);
      const all = invoicesNewestFirst(account.invoices);
      const slice = all.slice((page - 1) * size, page * size);
      const body = {
        Result: slice.map((invoice) => serializeInvoice(context, invoice, 'list')),
        Count: slice.length,
        TotalCount: all.length,
        IsFaulted: false,
        ErrorMessages: [],
      };
      const result = normalizeInvoicePage(body, page, size);
      api.elapsedMs += performance.now() - started;
      return result;
    },
    async getInvoiceDetails(id) {
      const started = performance.now();
      api.requests++;
      const invoice = account.invoicesById.get(id);
      if (invoice === undefined) {
        throw new EnvoiceError('api-fault', `Invoice ${id} was not found.`);
      }
      const result = normalizeInvoiceDetails(serializeInvoiceDetails(context, invoice));
      api.elapsedMs += performance.now() - started;
      return result;
    },
  };
  return api;
}
