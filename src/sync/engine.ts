// One sync: read the list, diff it, read details within the budget, announce what is new, commit.
// Only one sync runs per storage area at a time; a second call joins the running one. No state
// lives in memory between syncs: everything a sync needs is loaded from storage when it starts.

import { isEnvoiceError } from '../shared/api/errors';
import type { EnvoiceError } from '../shared/api/errors';
import type { SyncStatus } from '../shared/feed';
import { EMPTY_SYNC_STATUS, SYNC_STATUS_KEY } from '../shared/feed';
import type { SyncReason } from '../shared/messages';
import { mayRunNow, rateLimitBackoff, transientBackoff } from './backoff';
import { readBoostUntil } from './boost';
import { createCheckpoint } from './checkpoint';
import type { CommitOptions } from './checkpoint';
import { readDetails } from './detail-reads';
import { announceStatusChanges, compactClosedEntries } from './finalize';
import { readList } from './list-scan';
import { planDetailReads, planLimits } from './planner';
import type { PlanLimits } from './planner';
import { countingApi } from './counting-api';
import type { SyncState } from './state';
import { loadState, toSeconds } from './state';
import { toStoredError } from '../shared/error-display';
import type { SyncCounts, SyncEnvironment, SyncOutcome, SyncSkipReason } from './types';

/** Without a successful sync for this long, the next summary is marked `away` ("While you were away"). */
export const AWAY_AFTER_MS = 2 * 3600_000;

const running = new WeakMap<object, Promise<SyncOutcome>>();

export function runSync(env: SyncEnvironment, reason: SyncReason): Promise<SyncOutcome> {
  const current = running.get(env.storage);
  if (current !== undefined) {
    return current;
  }
  const run = syncOnce(env, reason).finally(() => running.delete(env.storage));
  running.set(env.storage, run);
  return run;
}

function emptyCounts(): SyncCounts {
  return { listPages: 0, detailReads: 0, requests: 0, newActivities: 0, notified: 0 };
}

async function readStatus(env: SyncEnvironment): Promise<SyncStatus> {
  const { [SYNC_STATUS_KEY]: raw } = await env.storage.get([SYNC_STATUS_KEY]);
  return typeof raw === 'object' && raw !== null ? { ...EMPTY_SYNC_STATUS, ...(raw as Partial<SyncStatus>) } : EMPTY_SYNC_STATUS;
}

function skipped(status: SyncStatus, reason: SyncSkipReason): SyncOutcome {
  return { status, counts: emptyCounts(), skipped: reason };
}

async function syncOnce(env: SyncEnvironment, reason: SyncReason): Promise<SyncOutcome> {
  const startedAt = env.now();
  const { state, fresh } = await loadState(env.storage, env.accountId);
  const { meta } = state;
  const userRequested = reason === 'popup' || reason === 'settings';

  // A 401 stops automatic polling, but a person asking (new settings, Refresh, opening the popup)
  // gets one more try: the key may have been restored, or the 401 may have been passing.
  if (userRequested) {
    meta.unauthorized = false;
  }
  if (meta.unauthorized) {
    return skipped(await readStatus(env), 'unauthorized');
  }
  if (!env.conditions.online) {
    const status: SyncStatus = {
      ...(await readStatus(env)),
      phase: 'error',
      nextAttemptAt: null,
      error: { kind: 'network', message: 'The browser is offline; syncing resumes when it reconnects.', at: startedAt },
    };
    await env.storage.set({ [SYNC_STATUS_KEY]: status });
    return skipped(status, 'offline');
  }
  if (!mayRunNow(meta.backoff, startedAt, userRequested)) {
    return skipped(await readStatus(env), 'waiting');
  }

  const syncing: SyncStatus = { ...(await readStatus(env)), phase: 'syncing', lastAttemptAt: startedAt };
  await env.storage.set({ [SYNC_STATUS_KEY]: syncing });

  const counts = emptyCounts();
  const api = countingApi(env.api, counts);
  const checkpoint = createCheckpoint(fresh);
  const away = meta.lastSuccessAt !== null && startedAt - meta.lastSuccessAt > AWAY_AFTER_MS;
  const commitOptions: CommitOptions = {
    accountId: env.accountId,
    notificationsEnabled: env.settings.notificationsEnabled,
    syncStartedAt: startedAt,
  };

  let status: SyncStatus;
  try {
    counts.listPages = (await readList(api, state, startedAt, checkpoint)).pages;
    meta.baselineAt ??= startedAt;
    await checkpoint.commit(env.storage, state, commitOptions);

    const limits = await limitsFor(env, startedAt);
    const plan = planDetailReads(state.entries, toSeconds(startedAt), limits);
    await readDetails(api, env.storage, state, plan, checkpoint, commitOptions, counts);

    announceStatusChanges(state, checkpoint);
    compactClosedEntries(state, toSeconds(startedAt), checkpoint);
    meta.lastSuccessAt = startedAt;
    meta.backoff = null;
    status = { phase: 'idle', lastSuccessAt: startedAt, lastAttemptAt: startedAt, nextAttemptAt: null, error: null };
  } catch (error) {
    if (!isEnvoiceError(error)) {
      throw error;
    }
    status = applyFailure(env, state, error, startedAt);
    // Keeps whatever the sync learnt before the failure; the status changes it saw are announced
    // now rather than waiting for the next successful sync.
    if (meta.baselineAt !== null) {
      announceStatusChanges(state, checkpoint);
    }
  }
  await checkpoint.commit(env.storage, state, { ...commitOptions, extra: { [SYNC_STATUS_KEY]: status }, summarize: { away } });
  counts.newActivities = checkpoint.added;
  counts.notified = checkpoint.notified;
  return { status, counts, skipped: null };
}

/** While active the cap already lets the baseline read every watched invoice within minutes. */
async function limitsFor(env: SyncEnvironment, now: number): Promise<PlanLimits> {
  const boostUntil = await readBoostUntil(env.storage);
  return planLimits({ base: env.settings.detailBudget, conditions: env.conditions, boostUntil, now });
}

/** Records the failure in the state's backoff and returns the status to show. */
function applyFailure(env: SyncEnvironment, state: SyncState, error: EnvoiceError, now: number): SyncStatus {
  const { meta } = state;
  const base = { lastSuccessAt: meta.lastSuccessAt, lastAttemptAt: now, error: toStoredError(error, now) };
  switch (error.kind) {
    case 'unauthorized':
      meta.unauthorized = true;
      return { ...base, phase: 'error', nextAttemptAt: null };
    case 'not-configured':
      return { ...base, phase: 'not-configured', nextAttemptAt: null };
    case 'permission':
      return { ...base, phase: 'waiting-for-permission', nextAttemptAt: null };
    case 'rate-limited':
      meta.backoff = rateLimitBackoff(meta.backoff, now, error.retryAfterMs);
      return { ...base, phase: 'error', nextAttemptAt: meta.backoff.until };
    default:
      // network, timeout, server, invalid-response and api-fault: wait longer after each failure.
      meta.backoff = transientBackoff(meta.backoff, now, env.random?.() ?? Math.random());
      return { ...base, phase: 'error', nextAttemptAt: meta.backoff.until };
  }
}
