// Runs one strategy through a scripted stretch of virtual time: one sync per interval, the
// script's events applied between syncs at their own times, every notification delivered and
// matched against the ground truth.

import { createRandom } from '../sandbox/model/random';
import { runSync } from '../src/sync/engine';
import { createMemoryStorage } from '../src/sync/memory-storage';
import type { MemoryStorage } from '../src/sync/memory-storage';
import { acknowledgeNotifications, takePendingNotifications } from '../src/sync/queue';
import type { SyncEnvironment } from '../src/sync/types';
import { createBenchAccount } from './account';
import { GroundTruth } from './ground-truth';
import { createModelApi } from './model-api';
import { createNaiveStrategy } from './naive';
import { buildScript } from './script';
import type { ViewModel } from './script';

export const START = Date.UTC(2026, 10, 30, 0, 0, 0);

export interface SimulationOptions {
  strategy: 'engine' | 'naive';
  invoiceCount: number;
  openCount: number;
  durationMs: number;
  intervalMs: number;
  /** Syncs after the script ends, with no new events, before misses are counted. */
  drainSyncs: number;
  seed: number;
  /** Days of invoice history before the run. */
  historyDays: number;
  detailBudget?: number;
  /** How views of recently sent invoices are spread; `daily-halving` when absent. */
  viewModel?: ViewModel;
}

export interface SimulationResult {
  options: SimulationOptions;
  truth: GroundTruth;
  /** Requests of each sync after the baseline. */
  requests: number[];
  baselineRequests: number;
  /** Milliseconds of JavaScript per sync after the baseline, without the simulated service. */
  syncMs: number[];
  /** List pages and detail reads of each engine sync after the baseline. */
  listPages: number[];
  detailReads: number[];
  /** JSON size of everything the engine stores, after the run (engine only). */
  storageBytes: number | null;
  syncs: number;
  storage: MemoryStorage;
}

export async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  const clock = { now: START };
  const account = createBenchAccount({ invoiceCount: options.invoiceCount, openCount: options.openCount, seed: options.seed, historyDays: options.historyDays, clock });
  const script = buildScript(account, createRandom(options.seed + 1), START, options.durationMs, options.viewModel);
  const api = createModelApi(account);
  const truth = new GroundTruth(account);
  const storage = createMemoryStorage();
  const env: SyncEnvironment = {
    api: api as unknown as SyncEnvironment['api'],
    storage,
    accountId: 'bench',
    now: () => clock.now,
    random: createRandom(options.seed + 2).next,
    conditions: { online: true, idleState: 'active' },
    settings: { detailBudget: options.detailBudget ?? 8, notificationsEnabled: true },
  };
  const naive = createNaiveStrategy(api);

  const listPages: number[] = [];
  const detailReads: number[] = [];

  async function syncOnce(): Promise<{ keys: string[]; ms: number }> {
    const started = performance.now();
    const apiBefore = api.elapsedMs;
    if (options.strategy === 'naive') {
      const keys = await naive.sync();
      return { keys, ms: performance.now() - started - (api.elapsedMs - apiBefore) };
    }
    const outcome = await runSync(env, 'alarm');
    listPages.push(outcome.counts.listPages);
    detailReads.push(outcome.counts.detailReads);
    const ms = performance.now() - started - (api.elapsedMs - apiBefore);
    const queue = await takePendingNotifications(storage);
    await acknowledgeNotifications(storage, queue.map((entry) => entry.id));
    return { keys: queue.flatMap((entry) => (entry.kind === 'activity' ? [entry.id] : entry.keys)), ms };
  }

  const baseline = await syncOnce();
  for (const key of baseline.keys) truth.deliver(key, clock.now, 0);
  const baselineRequests = api.requests;

  const requests: number[] = [];
  const syncMs: number[] = [];
  const total = Math.round(options.durationMs / options.intervalMs) + options.drainSyncs;
  let next = 0;
  for (let sync = 1; sync <= total; sync++) {
    const time = START + sync * options.intervalMs;
    while (next < script.length && (script[next]?.at ?? Infinity) <= time) {
      const event = script[next++];
      if (event === undefined) break;
      clock.now = event.at;
      event.apply(account);
      truth.collect(account, sync);
    }
    clock.now = time;
    const before = api.requests;
    const { keys, ms } = await syncOnce();
    requests.push(api.requests - before);
    syncMs.push(ms);
    for (const key of keys) truth.deliver(key, clock.now, sync);
  }

  const storageBytes = options.strategy === 'engine' ? Buffer.byteLength(JSON.stringify(storage.snapshot())) : null;
  return { options, truth, requests, baselineRequests, syncMs, storageBytes, syncs: total, listPages: listPages.slice(1), detailReads: detailReads.slice(1), storage };
}
