import { describe, expect, it } from 'vitest';
import type { EnvoiceError } from '../../src/shared/api/errors';
import type { InvoiceDetails, NewInvoiceRequest } from '../../src/shared/api/types';
import { validateRequestBody } from '../openapi';
import { recordingFetch, useSandbox } from './helpers/sandbox';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const env = useSandbox();

async function failure(call: Promise<unknown>): Promise<EnvoiceError> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: unknown) => caught as EnvoiceError,
  );
  expect(error.name).toBe('EnvoiceError');
  return error;
}

/** Builds a valid quick invoice from the sandbox's reference data. */
async function quickInvoice(): Promise<NewInvoiceRequest> {
  const [clients, currencies, workTypes, taxes, gateways] = await Promise.all([
    env.client.listClients(),
    env.client.listCurrencies(),
    env.client.listWorkTypes(),
    env.client.listTaxes(),
    env.client.listPaymentGateways(),
  ]);
  return {
    clientId: clients[0]!.id,
    currencyId: currencies[0]!.id,
    issuedOn: '2026-11-30',
    dueDate: '2026-12-14',
    status: 'Unpaid',
    number: null,
    gatewayNames: gateways.slice(0, 1).map((gateway) => gateway.name),
    items: [{ workTypeId: workTypes[0]?.id ?? null, description: 'Consulting', quantity: 2, cost: 75, taxId: taxes[0]?.id ?? null, discountPercentage: null }],
  };
}

describe('client against the sandbox', () => {
  it('lists invoices normalised', async () => {
    const page = await env.client.listInvoices(1, 25);
    expect(page.page).toBe(1);
    expect(page.invoices.length).toBeGreaterThan(0);
    expect(page.invoices.length).toBeLessThanOrEqual(25);
    expect(page.totalCount).toBeGreaterThanOrEqual(page.invoices.length);
    for (const invoice of page.invoices) {
      expect(invoice.status).not.toMatch(/^Unknown/);
      expect(invoice.issuedOn).toMatch(ISO_UTC);
    }
  });

  it('pages are one-based and distinct', async () => {
    const first = await env.client.listInvoices(1, 5);
    const second = await env.client.listInvoices(2, 5);
    const firstIds = new Set(first.invoices.map((invoice) => invoice.id));
    expect(second.invoices.some((invoice) => firstIds.has(invoice.id))).toBe(false);
  });

  it('reads details with activities', async () => {
    const page = await env.client.listInvoices(1, 25);
    const details: InvoiceDetails[] = [];
    for (const invoice of page.invoices.slice(0, 10)) {
      details.push(await env.client.getInvoiceDetails(invoice.id));
    }
    const activities = details.flatMap((invoice) => invoice.activities);
    expect(activities.length).toBeGreaterThan(0);
    for (const activity of activities) {
      expect(activity.type).not.toMatch(/^Unknown/);
      expect(activity.createdOn === null || ISO_UTC.test(activity.createdOn)).toBe(true);
    }
    for (const payment of details.flatMap((invoice) => invoice.payments)) {
      expect(payment.type).not.toMatch(/^Unknown/);
    }
  });

  it('returns share and PDF links', async () => {
    const [invoice] = (await env.client.listInvoices(1, 1)).invoices;
    const share = await env.client.getInvoiceShareLink(invoice!.id);
    const pdf = await env.client.getInvoicePdfLink(invoice!.id);
    expect(share.startsWith(`${env.sandbox.url}/`)).toBe(true);
    expect(pdf.startsWith(`${env.sandbox.url}/`)).toBe(true);
  });

  it('lists reference data', async () => {
    const clients = await env.client.listClients();
    const currencies = await env.client.listCurrencies();
    const gateways = await env.client.listPaymentGateways();
    expect(clients.length).toBeGreaterThan(0);
    expect(clients.every((client) => client.id > 0)).toBe(true);
    expect(currencies.some((currency) => /^[A-Z]{3}$/.test(currency.code))).toBe(true);
    expect((await env.client.listWorkTypes()).length).toBeGreaterThan(0);
    expect((await env.client.listTaxes()).every((tax) => Number.isFinite(tax.percentage))).toBe(true);
    expect(gateways.every((gateway) => gateway.name !== '')).toBe(true);
  });

  it('creates, sends and voids an invoice with valid bodies', async () => {
    const recorder = recordingFetch();
    const client = env.createClient({ fetch: recorder.fetch });
    const request = await quickInvoice();

    const created = await client.createInvoice({ ...request, notes: 'quick invoice ref-123' });
    expect(created.id).toBeGreaterThan(0);
    expect(created.notes).toBe('quick invoice ref-123');
    expect(created.status).toBe('Unpaid');
    expect(created.total).toBeGreaterThan(0);
    await client.sendInvoiceToClient({ invoiceId: created.id, subject: 'Your invoice', message: 'Thank you.', attachPdf: true });
    await client.changeInvoiceStatus(created.id, 'Void');
    expect((await client.getInvoiceDetails(created.id)).status).toBe('Void');

    const posts = recorder.recorded.filter((entry) => entry.method === 'POST');
    expect(posts.map((entry) => entry.path)).toEqual(['/api/invoice/new', '/api/invoice/sendtoclient', '/api/invoice/changestatus']);
    for (const post of posts) {
      expect(validateRequestBody('POST', post.path, post.body).errors).toEqual([]);
    }
  });
});

describe('client failures against the sandbox', () => {
  it('wrong secret is unauthorized', async () => {
    const error = await failure(env.createClient({ apiSecret: 'not-the-secret' }).listInvoices(1, 25));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).not.toContain('not-the-secret');
  });

  it('unauthorized fault', async () => {
    env.sandbox.faults.add({ kind: 'unauthorized' });
    expect((await failure(env.client.listInvoices(1, 25))).kind).toBe('unauthorized');
  });

  it('429 carries Retry-After', async () => {
    env.sandbox.faults.add({ kind: 'rate-limit', retryAfter: 12 });
    const error = await failure(env.client.listInvoices(1, 25));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(12_000);
  });

  it.each([500, 503] as const)('HTTP %i is server', async (status) => {
    env.sandbox.faults.add({ kind: 'server', status });
    expect((await failure(env.client.listClients())).kind).toBe('server');
  });

  it.each(['html', 'truncated', 'wrong-shape'] as const)('malformed %s is invalid-response', async (body) => {
    env.sandbox.faults.add({ kind: 'malformed', body });
    expect((await failure(env.client.listInvoices(1, 25))).kind).toBe('invalid-response');
  });

  it('slow answer beyond the timeout', async () => {
    env.sandbox.faults.add({ kind: 'slow', delayMs: 2000 });
    const error = await failure(env.createClient({ timeoutMs: 200 }).listInvoices(1, 25));
    expect(error.kind).toBe('timeout');
  });

  it('slow answer within the timeout succeeds', async () => {
    env.sandbox.faults.add({ kind: 'slow', delayMs: 50 });
    const page = await env.createClient({ timeoutMs: 5000 }).listInvoices(1, 5);
    expect(page.invoices.length).toBeGreaterThan(0);
  });

  it('no answer is timeout', async () => {
    env.sandbox.faults.add({ kind: 'timeout' });
    expect((await failure(env.createClient({ timeoutMs: 200 }).listInvoices(1, 25))).kind).toBe('timeout');
  });

  it('connection reset is network', async () => {
    env.sandbox.faults.add({ kind: 'reset' });
    expect((await failure(env.client.listInvoices(1, 25))).kind).toBe('network');
  });

  it('closed port is network', async () => {
    const { withSandbox } = await import('./helpers/sandbox');
    const other = await withSandbox();
    await other.close();
    expect((await failure(other.client.listTaxes())).kind).toBe('network');
  });

  it('faulted create is api-fault with the service text', async () => {
    const request = { ...(await quickInvoice()), clientId: 999_999 };
    const error = await failure(env.client.createInvoice(request));
    expect(error.kind).toBe('api-fault');
    expect(error.userMessage).toBeTruthy();
  });

  it('a failed call is followed by a working one', async () => {
    env.sandbox.faults.add({ kind: 'server' });
    await failure(env.client.listInvoices(1, 25));
    expect((await env.client.listInvoices(1, 25)).invoices.length).toBeGreaterThan(0);
  });
});
