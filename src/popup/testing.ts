// Test-only fixtures for the popup: activities, a stored feed, a fake worker and the worker's API handler.

import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { handleApiCall, parseApiCall } from '../background/api-calls';
import type { ActivityRecord } from '../shared/activity';
import type { EnvoiceApi } from '../shared/api/types';
import { FEED_KEY, SYNC_STATUS_KEY, type Feed, type SyncStatus } from '../shared/feed';
import type { Message } from '../shared/messages';
import { SETTINGS_KEY } from '../shared/settings';

export const OPENED_AT = Date.UTC(2026, 11, 4, 12, 0, 0);

export function makeActivity(overrides: Partial<ActivityRecord> = {}): ActivityRecord {
  const activityId = overrides.activityId ?? 1;
  return {
    key: `a:${activityId}`,
    activityId,
    type: 'Viewed',
    invoiceId: 100 + activityId,
    invoiceNumber: `INV-${activityId}`,
    clientName: 'Acme Ltd',
    amount: 1250,
    currencyCode: 'EUR',
    message: 'Client viewed the invoice',
    link: `https://www.envoice.in/share/${activityId}`,
    occurredAt: null,
    detectedAt: OPENED_AT - activityId * 60_000,
    ...overrides,
  };
}

export async function storeConnectedAccount(): Promise<void> {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { apiKey: 'test-key', apiSecret: 'test-secret-0000', version: 1 } });
}

export async function storeFeed(activities: ActivityRecord[], seenAt = 0): Promise<void> {
  const feed: Feed = { accountId: 'test', activities, seenAt };
  await fakeBrowser.storage.local.set({ [FEED_KEY]: feed });
}

export async function storeSyncStatus(status: Partial<SyncStatus>): Promise<void> {
  await fakeBrowser.storage.local.set({ [SYNC_STATUS_KEY]: status });
}

/**
 * Responds to the popup's messages the way the worker would, except that `sync-now` stays pending
 * until `finishSync` is called. `received` lists message types in arrival order.
 */
export function fakeWorker(onMessage?: (message: Message) => void) {
  const received: string[] = [];
  let finish: (() => void) | undefined;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill answers with the promise a listener returns
  fakeBrowser.runtime.onMessage.addListener((raw) => {
    const message = raw as Message;
    received.push(message.type);
    onMessage?.(message);
    if (message.type === 'sync-now') {
      return new Promise((resolve) => {
        finish = () => resolve(null);
      });
    }
    return Promise.resolve(null);
  });
  return { received, finishSync: () => finish?.() };
}

/**
 * Responds to 'api-call' messages with the worker's real handler in front of `api()`, read at each call
 * so a test may swap it. Messages and replies go through JSON, as Chrome sends them between pages.
 * Other messages reach the `runtime.onMessage` listeners as before.
 */
export function answerApiCalls(api: () => EnvoiceApi): void {
  const deliver = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime) as (message: unknown) => Promise<unknown>;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (raw: unknown) => {
    const message = JSON.parse(JSON.stringify(raw)) as { type?: unknown; method?: unknown; args?: unknown };
    if (message.type !== 'api-call') {
      return await deliver(raw);
    }
    const call = parseApiCall(message.method, message.args);
    if (call === null) {
      throw new Error(`The worker would ignore this api-call: ${JSON.stringify(message)}`);
    }
    // The popup's tests check the call and its response; the follow-up sync belongs to the worker's tests.
    return JSON.parse(JSON.stringify(await handleApiCall(call, api, async () => undefined))) as unknown;
  }) as never);
}
