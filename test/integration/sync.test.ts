// The sync engine over real HTTP against the sandbox on loopback: the worker's path, with the
// control API adding activity and faults as a test or a demo would.

import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import { FIXED_NOW } from '../../sandbox/testing';
import { createEnvoiceClient } from '../../src/shared/api/client';
import type { Feed } from '../../src/shared/feed';
import { FEED_KEY } from '../../src/shared/feed';
import { runSync } from '../../src/sync/engine';
import { createMemoryStorage } from '../../src/sync/memory-storage';
import { acknowledgeNotifications, takePendingNotifications } from '../../src/sync/queue';
import type { SyncEnvironment } from '../../src/sync/types';

const MINUTE = 60_000;
let sandbox: Sandbox | null = null;

afterEach(async () => {
  await sandbox?.close();
  sandbox = null;
});

async function setup(): Promise<{ sandbox: Sandbox; env: SyncEnvironment; clock: { now: number } }> {
  const clock = { now: FIXED_NOW };
  sandbox = await startSandbox({ port: 0, invoiceCount: 30, seed: 5, now: () => clock.now });
  const api = createEnvoiceClient({ baseUrl: sandbox.url, apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', now: () => clock.now });
  const env: SyncEnvironment = {
    api,
    storage: createMemoryStorage(),
    accountId: `${sandbox.url}|sandbox-key`,
    now: () => clock.now,
    random: () => 0.5,
    conditions: { online: true, idleState: 'active' },
    settings: { detailBudget: 8, notificationsEnabled: true },
  };
  return { sandbox, env, clock };
}

async function control(target: Sandbox, path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${target.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.ok).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

describe('sync over HTTP', () => {
  it('notifies a client view once', async () => {
    const { sandbox: target, env, clock } = await setup();
    await runSync(env, 'install');
    const activity = (await control(target, '/_sandbox/activity', { type: 'Viewed' })) as { Id?: number };
    const delivered: string[] = [];
    for (let sync = 0; sync < 60; sync++) {
      clock.now += MINUTE;
      await runSync(env, 'alarm');
      const queue = await takePendingNotifications(env.storage);
      delivered.push(...queue.flatMap((entry) => (entry.kind === 'activity' ? [entry.id] : entry.keys)));
      await acknowledgeNotifications(env.storage, queue.map((entry) => entry.id));
    }
    const feed = (await env.storage.get([FEED_KEY]))[FEED_KEY] as Feed;

    expect(activity.Id).toBeTypeOf('number');
    expect(delivered).toEqual([`a:${activity.Id}`]);
    expect(feed.activities.some((record) => record.key === `a:${activity.Id}`)).toBe(true);
  });

  it('honours Retry-After from a 429', async () => {
    const { sandbox: target, env, clock } = await setup();
    await control(target, '/_sandbox/fault', { kind: 'rate-limit', retryAfter: 90 });
    const limited = await runSync(env, 'install');
    const requestsAfter = target.requests.list().length;
    clock.now += MINUTE;
    const early = await runSync(env, 'popup');

    expect(limited.status.error?.kind).toBe('rate-limited');
    expect(limited.status.nextAttemptAt).toBe(FIXED_NOW + 90_000);
    expect(early.skipped).toBe('waiting');
    expect(target.requests.list().length).toBe(requestsAfter);
  });
});
