// Reads the planned invoices' details one by one, committing every few reads so a stopped worker
// loses little. A read of one invoice that the service rejects is skipped. Any other failure ends
// the loop after what succeeded has been kept in the checkpoint.

import { createLogger } from '../shared/log';
import type { Checkpoint, CommitOptions } from './checkpoint';
import type { ReadApi } from './counting-api';
import { processDetails } from './details';
import type { SyncState } from './state';
import { toSeconds } from './state';
import type { KeyValueStorage, SyncCounts } from './types';
import { isEnvoiceError } from '../shared/api/errors';

const log = createLogger('sync');

/** Detail reads between checkpoints. */
export const READS_PER_CHECKPOINT = 4;

export async function readDetails(
  api: ReadApi,
  storage: KeyValueStorage,
  state: SyncState,
  plan: readonly number[],
  checkpoint: Checkpoint,
  options: CommitOptions,
  counts: SyncCounts,
): Promise<void> {
  const now = options.syncStartedAt;
  const baselineAt = state.meta.baselineAt ?? now;
  let sinceCommit = 0;

  for (const id of plan) {
    const entry = state.entries.get(id);
    if (entry === undefined) {
      continue;
    }
    try {
      const details = await api.getInvoiceDetails(id);
      const result = processDetails(entry, details, now, baselineAt);
      state.entries.set(id, result.entry);
      checkpoint.addRecords(result.records, result.announce, result.replaces);
      counts.detailReads++;
    } catch (error) {
      if (!isEnvoiceError(error) || error.kind !== 'api-fault') {
        throw error;
      }
      // The service rejected this one invoice (deleted, or not readable with this key), so it is
      // tried again after its normal interval instead of on every sync.
      log.warn(`Reading invoice ${id} failed; trying again later`, error);
      const { n: _flag, ...rest } = entry;
      state.entries.set(id, { ...rest, r: toSeconds(now) });
    }
    checkpoint.touch(id);

    sinceCommit++;
    if (sinceCommit >= READS_PER_CHECKPOINT) {
      await checkpoint.commit(storage, state, options);
      sinceCommit = 0;
    }
  }
}
