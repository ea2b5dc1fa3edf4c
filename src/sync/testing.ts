// Test harness: the engine against the in-process sandbox through the real API client, with a
// virtual clock and a simulated worker that delivers and acknowledges queued notifications.

import { createEnvoiceClient } from '../shared/api/client';
import type { EnvoiceApi } from '../shared/api/types';
import { createSandboxHandler, sandboxFetch, DEFAULT_API_KEY, DEFAULT_API_SECRET } from '../../sandbox/handler';
import type { SandboxHandle } from '../../sandbox/handler';
import { createAccount } from '../../sandbox/model/account';
import { applyActivity } from '../../sandbox/model/activity-log';
import type { Invoice } from '../../sandbox/model/types';
import { FIXED_NOW } from '../../sandbox/testing';
import { runSync } from './engine';
import type { MemoryStorage } from './memory-storage';
import { createMemoryStorage } from './memory-storage';
import { acknowledgeNotifications, takePendingNotifications } from './queue';
import type { SyncConditions, SyncEnvironment, SyncOutcome } from './types';
import type { SyncReason } from '../shared/messages';

export interface HarnessOptions {
  invoiceCount?: number;
  seed?: number;
  /** Sandbox quirks (integers for enums, CreatedOn on most activities); off by default here. */
  quirks?: boolean;
  detailBudget?: number;
}

export interface Harness {
  handle: SandboxHandle;
  api: EnvoiceApi;
  storage: MemoryStorage;
  clock: { now: number };
  conditions: SyncConditions;
  settings: { detailBudget: number; notificationsEnabled: boolean };
  env(): SyncEnvironment;
  sync(reason?: SyncReason): Promise<SyncOutcome>;
  advance(ms: number): void;
  /** Takes the queue as the worker does and returns the activity keys delivered, summaries expanded. */
  deliver(): Promise<string[]>;
  /** Every activity key delivered so far, in order, with repeats. */
  delivered: string[];
}

export function createHarness(options: HarnessOptions = {}): Harness {
  const clock = { now: FIXED_NOW };
  const account = createAccount({ seed: options.seed ?? 7, invoiceCount: options.invoiceCount ?? 30, now: () => clock.now });
  const handle = createSandboxHandler(account, { quirks: options.quirks ?? false });
  const api = createEnvoiceClient({
    baseUrl: 'http://127.0.0.1:8787',
    apiKey: DEFAULT_API_KEY,
    apiSecret: DEFAULT_API_SECRET,
    fetch: sandboxFetch(handle),
    now: () => clock.now,
    timeoutMs: 5_000,
  });
  const storage = createMemoryStorage();
  const conditions: SyncConditions = { online: true, idleState: 'active' };
  const settings = { detailBudget: options.detailBudget ?? 8, notificationsEnabled: true };
  const delivered: string[] = [];

  const env = (): SyncEnvironment => ({
    api,
    storage,
    accountId: 'sandbox|test',
    now: () => clock.now,
    random: () => 0.5,
    conditions,
    settings,
  });

  return {
    handle,
    api,
    storage,
    clock,
    conditions,
    settings,
    env,
    delivered,
    sync: (reason = 'alarm') => runSync(env(), reason),
    advance(ms) {
      clock.now += ms;
    },
    async deliver() {
      const queue = await takePendingNotifications(storage);
      const keys = queue.flatMap((entry) => (entry.kind === 'activity' ? [entry.id] : entry.keys));
      delivered.push(...keys);
      await acknowledgeNotifications(storage, queue.map((entry) => entry.id));
      return keys;
    },
  };
}

/** Adds an invoice issued now, as if the user had just created and sent it; returns its id. */
export function addSentInvoice(handle: SandboxHandle): number {
  const { account } = handle;
  const template = account.invoices.find((invoice) => invoice.status === 'Unpaid') ?? account.invoices[0];
  if (template === undefined) {
    throw new Error('The sandbox account has no invoice to copy.');
  }
  const id = account.nextId.invoice++;
  const invoice = {
    ...structuredClone(template),
    id,
    number: `INV-${id}`,
    status: 'Draft' as const,
    issuedOn: account.now(),
    dueOn: account.now() + 14 * 86_400_000,
    payments: [],
    activities: [],
  };
  account.invoices.push(invoice);
  account.invoicesById.set(id, invoice);
  applyActivity(account, invoice, 'Created');
  applyActivity(account, invoice, 'SentViaEmail');
  return id;
}

/** Returns the first invoice of the account with `status`. */
export function invoiceWithStatus(handle: SandboxHandle, status: string): Invoice {
  const invoice = handle.account.invoices.find((candidate) => candidate.status === status);
  if (invoice === undefined) {
    throw new Error(`The sandbox account has no ${status} invoice.`);
  }
  return invoice;
}
