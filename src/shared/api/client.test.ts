import { afterEach, describe, expect, it, vi } from 'vitest';
import { setDebugLogging } from '../log';
import type { RequestInfo } from './client';
import { createClientFromSettings, createEnvoiceClient, validateBaseUrl } from './client';
import type { EnvoiceError } from './errors';
import type { FakeAnswer } from './fake-fetch';
import { fakeFetch } from './fake-fetch';
import type { NewInvoiceRequest } from './types';

const SECRET = 'sk-very-secret-0123456789';
const KEY = 'key-abc-123';
const NOW = Date.parse('2026-11-30T12:00:00Z');

function setup(answer: FakeAnswer | ((request: Request) => FakeAnswer) = {}, overrides: { apiKey?: string; apiSecret?: string; timeoutMs?: number } = {}) {
  const fake = fakeFetch(answer);
  const infos: RequestInfo[] = [];
  const client = createEnvoiceClient({
    baseUrl: 'https://envoice.example.test',
    apiKey: KEY,
    apiSecret: SECRET,
    fetch: fake.fetch,
    onRequest: (info) => infos.push(info),
    now: () => NOW,
    ...overrides,
  });
  return { client, requests: fake.requests, infos };
}

/** Runs a call that must fail and returns its EnvoiceError. */
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

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setDebugLogging(false);
});

describe('request', () => {
  it('sends both auth headers and Accept', async () => {
    const { client, requests } = setup();
    await client.listInvoices(1, 25);
    const request = requests[0];
    expect(request?.headers.get('x-auth-key')).toBe(KEY);
    expect(request?.headers.get('x-auth-secret')).toBe(SECRET);
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.method).toBe('GET');
    expect(request?.redirect).toBe('manual');
  });

  it('builds the list URL with one-based paging', async () => {
    const { client, requests } = setup();
    const page = await client.listInvoices(1, 25);
    expect(requests[0]?.url).toBe('https://envoice.example.test/api/invoice/all?queryOptions.page=1&queryOptions.pageSize=25');
    expect(page).toEqual({ invoices: [], totalCount: 0, page: 1, pageSize: 25 });
  });

  it('reports each request to onRequest', async () => {
    const { client, infos } = setup();
    await client.listInvoices(2, 10);
    expect(infos).toEqual([{ method: 'GET', path: 'api/invoice/all?queryOptions.page=2&queryOptions.pageSize=10', status: 200, durationMs: 0 }]);
  });

  it('missing credentials send nothing', async () => {
    for (const credentials of [{ apiKey: '' }, { apiSecret: '' }]) {
      const { client, requests } = setup({}, credentials);
      const error = await failure(client.listInvoices(1, 25));
      expect(error.kind).toBe('not-configured');
      expect(requests).toHaveLength(0);
    }
  });

  it('header-unsafe secret sends nothing', async () => {
    const { client, requests } = setup({}, { apiSecret: 'two words' });
    const error = await failure(client.listClients());
    expect(error.kind).toBe('unauthorized');
    expect(requests).toHaveLength(0);
  });
});

describe('error mapping', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [429, 'rate-limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [400, 'api-fault'],
    [404, 'api-fault'],
    [409, 'api-fault'],
  ])('HTTP %i maps to %s', async (status, kind) => {
    const { client } = setup({ status, body: '' });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it('4xx carries the service message', async () => {
    const { client } = setup({ status: 400, body: { Message: 'The request is invalid.', MessageDetail: 'id' } });
    const error = await failure(client.getInvoiceDetails(1));
    expect(error.kind).toBe('api-fault');
    expect(error.userMessage).toBe('The request is invalid.');
  });

  it('Retry-After in seconds', async () => {
    const { client } = setup({ status: 429, headers: { 'retry-after': '7' } });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.retryAfterMs).toBe(7000);
  });

  it('Retry-After as an HTTP date', async () => {
    const at = new Date(NOW + 90_000).toUTCString();
    const { client } = setup({ status: 429, headers: { 'retry-after': at } });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.retryAfterMs).toBe(90_000);
  });

  it('Retry-After missing or unreadable', async () => {
    const variants: Array<Record<string, string>> = [{}, { 'retry-after': 'soon' }];
    for (const headers of variants) {
      const { client } = setup({ status: 429, headers });
      const error = await failure(client.listInvoices(1, 25));
      expect(error.kind).toBe('rate-limited');
      expect(error.retryAfterMs).toBeUndefined();
    }
  });

  it('IsFaulted at 200 is an api-fault', async () => {
    const body = {
      IsFaulted: true,
      ErrorMessages: [
        { Code: 'E1', FaultMessage: 'internal text', Group: 'g', UserVisibleMessage: 'The client does not exist.' },
        { UserVisibleMessage: 'second' },
      ],
    };
    const { client } = setup({ body });
    const error = await failure(client.createInvoice(newInvoice()));
    expect(error.kind).toBe('api-fault');
    expect(error.userMessage).toBe('The client does not exist.');
  });

  it('IsFaulted falls back to FaultMessage', async () => {
    const { client } = setup({ body: { IsFaulted: true, ErrorMessages: [{ UserVisibleMessage: null, FaultMessage: 'No such invoice' }] } });
    const error = await failure(client.getInvoiceDetails(3));
    expect(error.userMessage).toBe('No such invoice');
  });

  it('IsFaulted without messages', async () => {
    const { client } = setup({ body: { IsFaulted: true } });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('api-fault');
    expect(error.userMessage).toBeUndefined();
  });

  it.each([
    ['HTML', '<html><body>Maintenance</body></html>'],
    ['truncated JSON', '{"Result": [{"Id": 1'],
    ['empty body', ''],
  ])('%s at 200 is invalid-response', async (_name, body) => {
    const { client } = setup({ body, headers: { 'content-type': 'text/html' } });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('invalid-response');
  });

  it('JSON with a byte order mark is read', async () => {
    const { client } = setup({ body: '\uFEFF[{"Id": 2, "Title": "Design"}]' });
    expect(await client.listWorkTypes()).toEqual([{ id: 2, title: 'Design' }]);
  });

  it('wrong shape is invalid-response', async () => {
    const { client } = setup({ body: { Items: [] } });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/Result/);
  });

  it('an object where a list belongs is invalid-response', async () => {
    const { client } = setup({ body: { Id: 1 } });
    const error = await failure(client.listClients());
    expect(error.kind).toBe('invalid-response');
  });

  it('fetch failure maps to network', async () => {
    const { client } = setup({ error: new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }) });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/ECONNRESET/);
  });

  it('offline browser is named in the message', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const { client } = setup({ error: new TypeError('Failed to fetch') });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/offline/);
  });

  it('an abort the timer did not cause maps to network', async () => {
    const { client } = setup({ error: new DOMException('The user aborted a request.', 'AbortError') });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('network');
  });

  it('no headers within the timeout', async () => {
    const { client } = setup({ hang: 'headers' }, { timeoutMs: 30 });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/30 ms/);
  });

  it('body stalls past the timeout', async () => {
    const { client } = setup({ hang: 'body' }, { timeoutMs: 30 });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('timeout');
  });

  it('redirect to another origin is not followed', async () => {
    const { client, requests } = setup({ status: 302, body: '', headers: { location: 'https://elsewhere.example.test/collect' } });
    const error = await failure(client.listInvoices(1, 25));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/redirected the request to https:\/\/elsewhere\.example\.test/);
    expect(requests).toHaveLength(1);
  });

  it('opaque redirect is not followed', async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    const { client, requests } = setup({ response: opaque });
    const error = await failure(client.listClients());
    expect(error.kind).toBe('invalid-response');
    expect(error.status).toBeUndefined();
    expect(requests).toHaveLength(1);
  });
});

describe('secret', () => {
  const scenarios: Array<[string, FakeAnswer]> = [
    ['401', { status: 401, body: { Message: `Unknown secret ${SECRET}` } }],
    ['429', { status: 429 }],
    ['500', { status: 500, body: `x-auth-secret: ${SECRET}` }],
    ['fault', { body: { IsFaulted: true, ErrorMessages: [{ UserVisibleMessage: `Bad key ${KEY} and secret ${SECRET}` }] } }],
    ['not JSON', { body: `<p>${SECRET}</p>` }],
    ['network', { error: new TypeError(`fetch failed for ${SECRET}`) }],
    ['redirect', { status: 307, headers: { location: `https://elsewhere.example.test/?s=${SECRET}` } }],
  ];

  it.each(scenarios)('never in error or log after %s', async (_name, answer) => {
    setDebugLogging(true);
    const lines: string[] = [];
    for (const method of ['debug', 'warn', 'error', 'log', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '));
      });
    }
    const { client, infos } = setup(answer);
    const error = await failure(client.listInvoices(1, 25));

    expect(lines.length).toBeGreaterThan(0);
    const texts = [error.message, error.userMessage ?? '', String(error.cause ?? ''), JSON.stringify(infos), ...lines];
    for (const text of texts) {
      expect(text).not.toContain(SECRET);
    }
  });
});

function newInvoice(): NewInvoiceRequest {
  return {
    clientId: 3,
    currencyId: 1,
    issuedOn: '2026-11-30',
    dueDate: '2026-12-14',
    status: 'Unpaid',
    number: null,
    gatewayNames: ['Stripe'],
    items: [{ workTypeId: 2, description: 'Design', quantity: 2, cost: 50, taxId: null, discountPercentage: null }],
  };
}

describe('methods', () => {
  it('createInvoice posts the documented body', async () => {
    const { client, requests } = setup({ body: { Id: 77, Status: 'Unpaid', Number: 'INV-0077' } });
    const invoice = await client.createInvoice(newInvoice());
    expect(invoice).toMatchObject({ id: 77, status: 'Unpaid', number: 'INV-0077', activities: [] });

    const request = requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('https://envoice.example.test/api/invoice/new');
    expect(request?.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await request?.json()).toEqual({
      ClientId: 3,
      CurrencyId: 1,
      IssuedOn: '2026-11-30T12:00:00Z',
      Duedate: '2026-12-14T12:00:00Z',
      Status: 'Unpaid',
      PaymentGateways: [{ Name: 'Stripe' }],
      Items: [{ WorkTypeId: 2, Description: 'Design', Quantity: 2, Cost: 50 }],
    });
  });

  it('sendInvoiceToClient posts and accepts acknowledgements', async () => {
    for (const body of [42, true, {}]) {
      const { client, requests } = setup({ body });
      await client.sendInvoiceToClient({ invoiceId: 5, subject: 'Invoice', message: 'Hi', attachPdf: true });
      expect(requests[0]?.url).toBe('https://envoice.example.test/api/invoice/sendtoclient');
      expect(await requests[0]?.json()).toEqual({ InvoiceId: 5, Subject: 'Invoice', Message: 'Hi', AttachPdf: true });
    }
  });

  it('sendInvoiceToClient rejects false and strings', async () => {
    const refused = setup({ body: false });
    expect((await failure(refused.client.sendInvoiceToClient({ invoiceId: 5, subject: '', message: '', attachPdf: false }))).kind).toBe('api-fault');
    const odd = setup({ body: '"queued"' });
    expect((await failure(odd.client.sendInvoiceToClient({ invoiceId: 5, subject: '', message: '', attachPdf: false }))).kind).toBe('invalid-response');
  });

  it('changeInvoiceStatus posts Id and status name', async () => {
    const { client, requests } = setup({ body: true });
    await client.changeInvoiceStatus(9, 'Paid');
    expect(requests[0]?.url).toBe('https://envoice.example.test/api/invoice/changestatus');
    expect(await requests[0]?.json()).toEqual({ Id: 9, Status: 'Paid' });
  });

  it('links and details use the id query', async () => {
    const { client, requests } = setup((request) =>
      request.url.includes('details') ? { body: { Id: 4 } } : { body: { Link: 'https://envoice.example.test/share/t' } },
    );
    expect(await client.getInvoiceShareLink(4)).toBe('https://envoice.example.test/share/t');
    expect(await client.getInvoicePdfLink(4)).toBe('https://envoice.example.test/share/t');
    expect((await client.getInvoiceDetails(4)).id).toBe(4);
    expect(requests.map((request) => new URL(request.url).pathname + new URL(request.url).search)).toEqual([
      '/api/invoice/uri?id=4',
      '/api/invoice/pdf?id=4',
      '/api/invoice/details?id=4',
    ]);
  });

  it('reference lists use their paths', async () => {
    const { client, requests } = setup((request) =>
      request.url.endsWith('supported') ? { body: [{ Name: 'Stripe' }] } : { body: [{ Id: 1, Code: 'EUR', Title: 't', Name: 'n' }] },
    );
    await client.listClients();
    await client.listWorkTypes();
    await client.listTaxes();
    await client.listCurrencies();
    await client.listPaymentGateways();
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/client/all',
      '/api/worktype/all',
      '/api/tax/all',
      '/api/general/currencies',
      '/api/payment/supported',
    ]);
  });

  it('createClientFromSettings uses the built-in address', async () => {
    const fake = fakeFetch({ body: [] });
    const client = createClientFromSettings({ apiKey: KEY, apiSecret: SECRET }, { fetch: fake.fetch });
    await client.listTaxes();
    expect(fake.requests[0]?.url).toBe('https://www.envoice.in/api/tax/all');
  });
});

describe('validateBaseUrl', () => {
  it.each([
    ['https://www.envoice.in', 'https://www.envoice.in'],
    ['https://www.envoice.in/', 'https://www.envoice.in'],
    ['http://127.0.0.1:8123', 'http://127.0.0.1:8123'],
  ])('%s is accepted', (input, expected) => {
    expect(validateBaseUrl(input)).toBe(expected);
  });

  it.each([['ftp://www.envoice.in'], ['https://user:pw@www.envoice.in'], ['https://www.envoice.in/api'], ['https://www.envoice.in/?x=1'], ['envoice']])(
    '%s is rejected',
    (input) => {
      expect(() => validateBaseUrl(input)).toThrowError(TypeError);
    },
  );
});
