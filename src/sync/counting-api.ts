// The two read calls the engine makes, counted for the sync outcome, with any failure turned into
// an EnvoiceError so that a bug in response handling backs off instead of stalling syncs.

import type { EnvoiceApi } from '../shared/api/types';
import { asEnvoiceError } from './stored-error';
import type { SyncCounts } from './types';

export type ReadApi = Pick<EnvoiceApi, 'listInvoices' | 'getInvoiceDetails'>;

export function countingApi(api: ReadApi, counts: SyncCounts): ReadApi {
  async function call<T>(request: () => Promise<T>): Promise<T> {
    counts.requests++;
    try {
      return await request();
    } catch (error) {
      throw asEnvoiceError(error);
    }
  }
  return {
    listInvoices: (page, pageSize) => call(() => api.listInvoices(page, pageSize)),
    getInvoiceDetails: (id) => call(() => api.getInvoiceDetails(id)),
  };
}
