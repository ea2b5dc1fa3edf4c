// The whole worker (entry, listeners, runner, engine, API client) against the in-process sandbox:
// no sockets, a fake clock for Date only, and the fake browser for everything else.

import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_API_KEY, DEFAULT_API_SECRET, DEFAULT_ORIGIN, createSandboxHandler, sandboxFetch } from '../../sandbox/handler';
import type { SandboxHandle } from '../../sandbox/handler';
import { createAccount } from '../../sandbox/model/account';
import { applyActivity } from '../../sandbox/model/activity-log';
import { FIXED_NOW } from '../../sandbox/testing';
import type { EnvoiceApi } from '../shared/api/types';
import { readSyncStatus } from '../shared/feed';
import { SETTINGS_KEY } from '../shared/settings';
import type * as SyncRunner from './sync-runner';
import { installBrowserStubs } from './testing';

const sandbox = vi.hoisted(() => ({ api: null as EnvoiceApi | null }));

vi.mock('./api-client', () => ({
  createApi: () => sandbox.api,
  fetchShareLink: async (invoiceId: number) => await sandbox.api!.getInvoiceShareLink(invoiceId),
}));

const MINUTE = 60_000;

let handle: SandboxHandle;
let workerScope: EventTarget;
let network: { onLine: boolean };
let requestSync: typeof SyncRunner.requestSync;

async function startWorker(): Promise<void> {
  vi.resetModules();
  installBrowserStubs();
  workerScope = new EventTarget();
  network = { onLine: true };
  vi.stubGlobal('self', workerScope);
  vi.stubGlobal('navigator', network);
  await import('./index');
  ({ requestSync } = await import('./sync-runner'));
}

async function saveCredentials(apiSecret = DEFAULT_API_SECRET): Promise<void> {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { apiKey: DEFAULT_API_KEY, apiSecret } });
  // The storage listener started a sync; joining it waits for its end.
  await requestSync('alarm');
}

/** Fires the periodic alarm once a minute until a notification shows, at most `limit` times. */
async function syncUntilNotified(limit: number): Promise<string[]> {
  for (let attempt = 0; attempt < limit; attempt++) {
    vi.setSystemTime(Date.now() + MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'sync', scheduledTime: Date.now() } as never);
    await requestSync('alarm');
    const shown = Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    if (shown.length > 0) {
      return shown;
    }
  }
  return [];
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXED_NOW);
  const account = createAccount({ seed: 7, invoiceCount: 30, now: () => Date.now() });
  handle = createSandboxHandler(account, { quirks: true });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await startWorker();
  // Imported after the module reset, so its EnvoiceError is the class the fresh engine checks for.
  const { createEnvoiceClient } = await import('../shared/api/client');
  sandbox.api = createEnvoiceClient({ baseUrl: DEFAULT_ORIGIN, apiKey: DEFAULT_API_KEY, apiSecret: DEFAULT_API_SECRET, fetch: sandboxFetch(handle), timeoutMs: 5_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('worker against the sandbox', () => {
  it('notifies a payment and opens its link', async () => {
    await saveCredentials();
    expect((await readSyncStatus()).phase).toBe('idle');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});

    const invoice = handle.account.invoices.find((candidate) => candidate.status === 'Unpaid')!;
    applyActivity(handle.account, invoice, 'Paid');
    const [id] = await syncUntilNotified(30);
    expect(id).toBeDefined();
    expect(fakeBrowser.notifications.getAllCreateOptions()[id!]?.title).toBe(`${invoice.number} paid`);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id!);
    await vi.waitFor(() => expect(openTab).toHaveBeenCalledTimes(1));
    expect(openTab.mock.calls[0]![0].url).toMatch(/^http:\/\/127\.0\.0\.1:8787\//);

    const responses = await fakeBrowser.runtime.onMessage.trigger({ type: 'popup-opened' }, { id: fakeBrowser.runtime.id }, () => undefined);
    expect(responses).toEqual([null]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
  });

  it('shows a rejected key on the badge', async () => {
    handle.faults.add({ kind: 'unauthorized', count: 100 });
    await saveCredentials();
    expect((await readSyncStatus()).error?.kind).toBe('unauthorized');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');

    handle.faults.clear();
    await saveCredentials('sandbox-secret');
    await requestSync('popup');
    expect((await readSyncStatus()).error).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('sends nothing while offline', async () => {
    await saveCredentials();
    handle.requests.clear();
    network.onLine = false;
    vi.setSystemTime(Date.now() + MINUTE);
    await requestSync('alarm');
    expect(handle.requests.list()).toHaveLength(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('off');

    network.onLine = true;
    workerScope.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect((await readSyncStatus()).error).toBeNull());
    expect(handle.requests.list().length).toBeGreaterThan(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('waits for the host permission', async () => {
    const stubs = installBrowserStubs();
    stubs.permissions.contains.mockResolvedValue(false);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { apiKey: DEFAULT_API_KEY, apiSecret: DEFAULT_API_SECRET } });
    await requestSync('alarm');
    expect((await readSyncStatus()).phase).toBe('waiting-for-permission');
    expect(handle.requests.list()).toHaveLength(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });
});
