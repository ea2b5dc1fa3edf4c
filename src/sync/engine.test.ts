import { describe, expect, it } from 'vitest';
import { applyActivity } from '../../sandbox/model/activity-log';
import { countUnseen, FEED_KEY, SYNC_STATUS_KEY } from '../shared/feed';
import type { Feed, SyncStatus } from '../shared/feed';
import { PENDING_KEY } from './state';
import { addSentInvoice, createHarness, invoiceWithStatus } from './testing';
import type { PendingNotification } from './types';

const MINUTE = 60_000;

async function syncAndDeliver(harness: ReturnType<typeof createHarness>, syncs: number): Promise<void> {
  for (let index = 0; index < syncs; index++) {
    harness.advance(MINUTE);
    await harness.sync();
    await harness.deliver();
  }
}

describe('runSync baseline', () => {
  it('records existing activity without notifying', async () => {
    const harness = createHarness();
    const outcome = await harness.sync('install');
    const stored = harness.storage.snapshot();
    const feed = stored[FEED_KEY] as Feed;

    expect(outcome.status.phase).toBe('idle');
    expect(outcome.counts.notified).toBe(0);
    expect(stored[PENDING_KEY]).toEqual([]);
    expect(feed.activities.length).toBeGreaterThan(0);
    expect(countUnseen(feed)).toBe(0);
  });

  it('stays silent while reading the rest of the account', async () => {
    const harness = createHarness({ invoiceCount: 80 });
    await harness.sync('install');
    await syncAndDeliver(harness, 30);
    expect(harness.delivered).toEqual([]);
  });
});

describe('runSync new activity', () => {
  it('notifies a view exactly once', async () => {
    const harness = createHarness();
    await harness.sync('install');
    await syncAndDeliver(harness, 20);
    const activity = applyActivity(harness.handle.account, invoiceWithStatus(harness.handle, 'Unpaid'), 'Viewed');

    await syncAndDeliver(harness, 90);
    expect(harness.delivered).toEqual([`a:${activity.id}`]);
  });

  it('notifies activity on an invoice created after the baseline', async () => {
    const harness = createHarness();
    await harness.sync('install');
    const invoiceId = addSentInvoice(harness.handle);
    const invoice = harness.handle.account.invoicesById.get(invoiceId);
    await syncAndDeliver(harness, 1);
    const view = applyActivity(harness.handle.account, invoice!, 'Opened');
    // Invoices sent in the last day are read every 3 minutes.
    await syncAndDeliver(harness, 3);

    expect(harness.delivered).toEqual([`a:${view.id}`]);
  });

  it('notifies a payment once when details explain it', async () => {
    const harness = createHarness();
    await harness.sync('install');
    const invoice = invoiceWithStatus(harness.handle, 'Unpaid');
    const payment = applyActivity(harness.handle.account, invoice, 'NewManualPayment');
    await syncAndDeliver(harness, 5);

    expect(harness.delivered).toEqual([`a:${payment.id}`]);
  });

  it('announces a status change before details and absorbs the log entry', async () => {
    const harness = createHarness();
    await harness.sync('install');
    const invoice = invoiceWithStatus(harness.handle, 'Unpaid');
    const payment = applyActivity(harness.handle.account, invoice, 'Paid');
    harness.handle.faults.add({ kind: 'server', path: '/api/invoice/details', count: 1 });
    harness.advance(MINUTE);
    const failed = await harness.sync();
    await harness.deliver();

    expect(failed.status.phase).toBe('error');
    expect(harness.delivered).toEqual([`s:${invoice.id}:Paid`]);

    harness.advance(10 * MINUTE);
    await harness.sync('popup');
    await syncAndDeliver(harness, 5);
    const feed = harness.storage.snapshot()[FEED_KEY] as Feed;
    expect(harness.delivered).toEqual([`s:${invoice.id}:Paid`]);
    expect(feed.activities.some((activity) => activity.key === `a:${payment.id}`)).toBe(true);
    expect(feed.activities.some((activity) => activity.key === `s:${invoice.id}:Paid`)).toBe(false);
  });

  it('queues one summary for many activities', async () => {
    const harness = createHarness();
    await harness.sync('install');
    await syncAndDeliver(harness, 30);
    const unpaid = harness.handle.account.invoices.filter((invoice) => invoice.status === 'Unpaid' || invoice.status === 'Overdue');
    for (const invoice of unpaid.slice(0, 5)) {
      applyActivity(harness.handle.account, invoice, 'NewManualPayment');
    }
    harness.advance(MINUTE);
    await harness.sync();
    const queue = harness.storage.snapshot()[PENDING_KEY] as PendingNotification[];

    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ kind: 'summary', away: false, counts: { paid: 5 } });
  });

  it('labels a summary after a long absence', async () => {
    const harness = createHarness();
    await harness.sync('install');
    await syncAndDeliver(harness, 30);
    const unpaid = harness.handle.account.invoices.filter((invoice) => invoice.status === 'Unpaid' || invoice.status === 'Overdue');
    for (const invoice of unpaid.slice(0, 4)) {
      applyActivity(harness.handle.account, invoice, 'NewManualPayment');
    }
    harness.advance(3 * 3600_000);
    await harness.sync('startup');
    const queue = harness.storage.snapshot()[PENDING_KEY] as PendingNotification[];

    expect(queue[0]).toMatchObject({ kind: 'summary', away: true });
  });
});

describe('runSync failures', () => {
  it('stops polling after unauthorized until settings change', async () => {
    const harness = createHarness();
    harness.handle.faults.add({ kind: 'unauthorized', count: 1 });
    const first = await harness.sync('install');
    const requestsAfterFirst = harness.handle.requests.list().length;
    harness.advance(MINUTE);
    const second = await harness.sync();

    expect(first.status).toMatchObject({ phase: 'error', nextAttemptAt: null });
    expect(first.status.error?.kind).toBe('unauthorized');
    expect(second.skipped).toBe('unauthorized');
    expect(harness.handle.requests.list().length).toBe(requestsAfterFirst);

    const retried = await harness.sync('settings');
    expect(retried.status.phase).toBe('idle');
  });

  it('retries after unauthorized when the user refreshes', async () => {
    const harness = createHarness();
    harness.handle.faults.add({ kind: 'unauthorized', count: 1 });
    await harness.sync('install');
    harness.advance(MINUTE);

    const refreshed = await harness.sync('popup');

    expect(refreshed.skipped).toBeNull();
    expect(refreshed.status.phase).toBe('idle');
    expect(refreshed.status.error).toBeNull();
  });

  it('waits Retry-After even when the user asks', async () => {
    const harness = createHarness();
    harness.handle.faults.add({ kind: 'rate-limit', retryAfter: 120 });
    const limited = await harness.sync('install');
    harness.advance(MINUTE);
    const asked = await harness.sync('popup');

    expect(limited.status.nextAttemptAt).toBe(harness.clock.now - MINUTE + 120_000);
    expect(asked.skipped).toBe('waiting');
    harness.advance(MINUTE);
    expect((await harness.sync()).status.phase).toBe('idle');
  });

  it('backs off after server errors and lets the user retry', async () => {
    const harness = createHarness();
    harness.handle.faults.add({ kind: 'server', count: 2 });
    const failed = await harness.sync('install');
    harness.advance(10_000);
    const early = await harness.sync();
    const asked = await harness.sync('popup');

    expect(failed.status.nextAttemptAt).toBe(harness.clock.now - 10_000 + MINUTE);
    expect(early.skipped).toBe('waiting');
    expect(asked.status.nextAttemptAt).toBeGreaterThan(failed.status.nextAttemptAt ?? 0);
  });

  it('makes no request while offline', async () => {
    const harness = createHarness();
    harness.conditions.online = false;
    const outcome = await harness.sync();
    const status = harness.storage.snapshot()[SYNC_STATUS_KEY] as SyncStatus;

    expect(outcome.skipped).toBe('offline');
    expect(harness.handle.requests.list()).toHaveLength(0);
    expect(status.error?.kind).toBe('network');
  });

  it('joins a sync already running', async () => {
    const harness = createHarness();
    const [first, second] = await Promise.all([harness.sync('install'), harness.sync('popup')]);
    expect(second).toBe(first);
  });
});

describe('runSync stopped worker', () => {
  it('delivers every activity once across stops at each write', async () => {
    for (let stopAfter = 0; stopAfter < 8; stopAfter++) {
      const harness = createHarness({ seed: 11 });
      await harness.sync('install');
      await syncAndDeliver(harness, 20);
      const targets = harness.handle.account.invoices.filter((invoice) => invoice.status === 'Unpaid').slice(0, 6);
      const expected = targets.map((invoice) => `a:${applyActivity(harness.handle.account, invoice, 'Viewed').id}`);

      harness.storage.failAfterWrites(stopAfter);
      harness.advance(MINUTE);
      await harness.sync().catch(() => undefined);
      harness.storage.failAfterWrites(null);
      await syncAndDeliver(harness, 90);

      expect([...harness.delivered].sort()).toEqual([...expected].sort());
    }
  }, 30_000);
});
