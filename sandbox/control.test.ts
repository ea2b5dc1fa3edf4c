import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestLogEntry } from './request-log';
import { callApi, callControl, createTestHandler } from './testing';

interface ControlActivity {
  Id: number;
  Type: string;
  Message: string;
  Link: string | null;
  InvoiceId: number;
  InvoiceNumber: string;
  InvoiceStatus: string;
}

function invoiceWith(handle: ReturnType<typeof createTestHandler>, status: string): number {
  const invoice = handle.account.invoices.find((candidate) => candidate.status === status);
  if (!invoice) throw new Error(`The seed has no ${status} invoice.`);
  return invoice.id;
}

describe('POST /_sandbox/activity', () => {
  it('Viewed appends without a status change', async () => {
    const handle = createTestHandler();
    const id = invoiceWith(handle, 'Unpaid');
    const response = await callControl(handle, 'POST', '/_sandbox/activity', { type: 'Viewed', invoiceId: id });
    const activity = response.json as ControlActivity;

    expect(response.status).toBe(200);
    expect(activity).toMatchObject({ Type: 'Viewed', InvoiceId: id, InvoiceStatus: 'Unpaid' });
    expect(activity.InvoiceNumber).toMatch(/^INV-\d{4}$/);
    expect(activity.Link).toMatch(/^http:\/\/127\.0\.0\.1:8787\/share\/invoice\/[0-9a-f]{32}$/);
    expect(handle.account.invoicesById.get(id)?.activities.at(-1)?.id).toBe(activity.Id);
  });

  it('activity ids keep increasing', async () => {
    const handle = createTestHandler();
    const last = handle.account.nextId.activity - 1;
    const first = (await callControl(handle, 'POST', '/_sandbox/activity', { type: 'Opened' })).json as ControlActivity;
    const second = (await callControl(handle, 'POST', '/_sandbox/activity', { type: 'Opened' })).json as ControlActivity;

    expect(first.Id).toBe(last + 1);
    expect(second.Id).toBe(last + 2);
  });

  it.each([
    ['NewPaymentWithStripe', 'Unpaid', 'Paid'],
    ['Paid', 'Overdue', 'Paid'],
    ['Overdue', 'Unpaid', 'Overdue'],
    ['Void', 'Unpaid', 'Void'],
    ['SentViaEmail', 'Draft', 'Unpaid'],
  ])('%s turns %s into %s', async (type, from, to) => {
    const handle = createTestHandler();
    const id = invoiceWith(handle, from);
    const activity = (await callControl(handle, 'POST', '/_sandbox/activity', { type, invoiceId: id })).json as ControlActivity;

    expect(activity.InvoiceStatus).toBe(to);
    expect(handle.account.invoicesById.get(id)?.status).toBe(to);
  });

  it('payment records the balance', async () => {
    const handle = createTestHandler();
    const id = invoiceWith(handle, 'Unpaid');
    await callControl(handle, 'POST', '/_sandbox/activity', { type: 'NewPaymentWithStripe', invoiceId: id });
    const invoice = handle.account.invoicesById.get(id)!;

    expect(invoice.payments).toHaveLength(1);
    expect(invoice.payments[0]).toMatchObject({ amount: invoice.total, type: 'Stripe', isAutomatic: true });
  });

  it('picks a suitable invoice', async () => {
    const handle = createTestHandler();
    const activity = (await callControl(handle, 'POST', '/_sandbox/activity', { type: 'Paid' })).json as ControlActivity;

    expect(activity.InvoiceStatus).toBe('Paid');
  });

  it('keeps a given message', async () => {
    const handle = createTestHandler();
    const activity = (await callControl(handle, 'POST', '/_sandbox/activity', { type: 'Opened', message: 'Opened on a phone' })).json as ControlActivity;

    expect(activity.Message).toBe('Opened on a phone');
  });

  it('shows up in invoice details', async () => {
    const handle = createTestHandler();
    const activity = (await callControl(handle, 'POST', '/_sandbox/activity', { type: 'Viewed' })).json as ControlActivity;
    const details = (await callApi(handle, 'GET', `/api/invoice/details?id=${activity.InvoiceId}`)).json as { Activities: { Id: number }[] };

    expect(details.Activities.at(-1)?.Id).toBe(activity.Id);
  });

  it('rejects an unknown type', async () => {
    const response = await callControl(createTestHandler(), 'POST', '/_sandbox/activity', { type: 'Teleported' });
    expect(response.status).toBe(400);
  });

  it('rejects an unknown invoice', async () => {
    const response = await callControl(createTestHandler(), 'POST', '/_sandbox/activity', { type: 'Viewed', invoiceId: 9999 });
    expect(response.status).toBe(404);
  });
});

describe('request log', () => {
  it('records api calls only', async () => {
    const handle = createTestHandler();
    await callApi(handle, 'GET', '/api/invoice/all?queryOptions.page=2');
    await handle({ method: 'GET', url: '/api/tax/all', headers: {} });
    await callControl(handle, 'GET', '/_sandbox/state');

    const log = (await callControl(handle, 'GET', '/_sandbox/requests')).json as RequestLogEntry[];

    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ method: 'GET', path: '/api/invoice/all', query: { 'queryOptions.page': '2' }, status: 200 });
    expect(log[0]?.at).toBe('2026-11-30T09:15:02.000Z');
    expect(log[1]).toMatchObject({ path: '/api/tax/all', status: 401 });
  });

  it('clears', async () => {
    const handle = createTestHandler();
    await callApi(handle, 'GET', '/api/tax/all');
    await callControl(handle, 'DELETE', '/_sandbox/requests');

    expect((await callControl(handle, 'GET', '/_sandbox/requests')).json).toEqual([]);
  });
});

describe('reset and state', () => {
  it('reset restores the seed', async () => {
    const handle = createTestHandler();
    await callControl(handle, 'POST', '/_sandbox/activity', { type: 'Paid' });
    const before = handle.account.nextId.activity;

    await callControl(handle, 'POST', '/_sandbox/reset', {});

    expect(handle.account.nextId.activity).toBe(before - 1);
  });

  it('reset takes seed and count', async () => {
    const handle = createTestHandler();
    const state = (await callControl(handle, 'POST', '/_sandbox/reset', { seed: 5, invoiceCount: 10 })).json as { invoiceCount: number; seed: number };

    expect(state).toMatchObject({ invoiceCount: 10, seed: 5 });
    expect(handle.account.invoices).toHaveLength(10);
  });

  it('state counts statuses', async () => {
    const handle = createTestHandler();
    const state = (await callControl(handle, 'GET', '/_sandbox/state')).json as { counts: Record<string, number>; invoices: { id: number; number: string; status: string; activities: number }[] };
    const total = Object.values(state.counts).reduce((sum, count) => sum + count, 0);

    expect(total).toBe(48);
    expect(state.invoices[0]).toMatchObject({ id: 1, number: 'INV-0001' });
    expect(state.invoices[0]?.activities).toBeGreaterThan(0);
  });

  it('unknown control path is 404', async () => {
    expect((await callControl(createTestHandler(), 'GET', '/_sandbox/nothing')).status).toBe(404);
  });
});

describe('trickle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds activities on a timer', async () => {
    vi.useFakeTimers();
    const handle = createTestHandler();
    const before = handle.account.nextId.activity;

    await callControl(handle, 'POST', '/_sandbox/trickle', { minMs: 1000, maxMs: 2000 });
    vi.advanceTimersByTime(20_000);
    await callControl(handle, 'POST', '/_sandbox/trickle', { off: true });
    const after = handle.account.nextId.activity;
    vi.advanceTimersByTime(20_000);

    expect(after - before).toBeGreaterThanOrEqual(5);
    expect(handle.account.nextId.activity).toBe(after);
  });

  it('rejects a bad range', async () => {
    const response = await callControl(createTestHandler(), 'POST', '/_sandbox/trickle', { minMs: 5000, maxMs: 10 });
    expect(response.status).toBe(400);
  });
});
