// A temporary larger detail budget after the user shows interest: opening the popup, creating or
// sending an invoice. Stored under its own key so the worker can set it while a sync runs.

import { createLogger } from '../shared/log';
import { BOOST_KEY } from './state';
import type { BoostReason, KeyValueStorage } from './types';

const log = createLogger('sync');

/** How long a boost lasts when the caller has no reason to choose otherwise. */
export const BOOST_DURATION_MS = 10 * 60_000;

interface StoredBoost {
  until: number;
  reason: BoostReason;
}

export async function readBoostUntil(storage: KeyValueStorage): Promise<number> {
  const { [BOOST_KEY]: raw } = await storage.get([BOOST_KEY]);
  const until = (raw as Partial<StoredBoost> | undefined)?.until;
  return typeof until === 'number' && Number.isFinite(until) ? until : 0;
}

/** Raises the detail budget until `until` (epoch ms); an earlier `until` than the stored one is ignored. */
export async function boostBudget(storage: KeyValueStorage, until: number, reason: BoostReason): Promise<void> {
  if (until <= (await readBoostUntil(storage))) {
    return;
  }
  log.debug('Detail budget boosted', { until, reason });
  await storage.set({ [BOOST_KEY]: { until, reason } satisfies StoredBoost });
}
