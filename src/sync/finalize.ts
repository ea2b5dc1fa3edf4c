// The end of a sync: status changes that no log entry explained become activities of their own,
// and invoices that are no longer watched keep only the floor of their seen ids.

import type { Checkpoint } from './checkpoint';
import { isWatched } from './planner';
import type { SyncState } from './state';

/**
 * Announces each status change seen in the list but not explained by a detail read, and marks the
 * invoice so that the next detail read absorbs the matching log entry instead of notifying it again.
 */
export function announceStatusChanges(state: SyncState, checkpoint: Checkpoint): void {
  for (const [id, entry] of state.entries) {
    if (entry.u === undefined) {
      continue;
    }
    const record = entry.u;
    const { u: _announced, ...rest } = entry;
    state.entries.set(id, { ...rest, x: [...(entry.x ?? []), record.type] });
    checkpoint.addRecords([record], [record]);
    checkpoint.touch(id);
  }
}

/** Folds the seen ids of invoices that will not be read again into their floor. */
export function compactClosedEntries(state: SyncState, nowSeconds: number, checkpoint: Checkpoint): void {
  for (const [id, entry] of state.entries) {
    if (entry.k === undefined || entry.k.length === 0 || entry.s === 'Draft' || isWatched(entry, nowSeconds)) {
      continue;
    }
    entry.m = Math.max(entry.m ?? 0, ...entry.k);
    entry.k = [];
    checkpoint.touch(id);
  }
}
