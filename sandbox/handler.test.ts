import { describe, expect, it } from 'vitest';
import { DEFAULT_API_KEY, DEFAULT_API_SECRET } from './handler';
import { callApi, createTestHandler } from './testing';

interface ListBody {
  Result: { Id: number; Status: string | number; IssuedOn: string }[];
  Count: number;
  TotalCount: number;
  IsFaulted: boolean;
  ErrorMessages: unknown[];
}

describe('authentication', () => {
  const handle = createTestHandler();
  const cases: [string, Record<string, string>][] = [
    ['no headers', {}],
    ['key only', { 'x-auth-key': DEFAULT_API_KEY }],
    ['secret only', { 'x-auth-secret': DEFAULT_API_SECRET }],
    ['wrong key', { 'x-auth-key': 'nope', 'x-auth-secret': DEFAULT_API_SECRET }],
    ['wrong secret', { 'x-auth-key': DEFAULT_API_KEY, 'x-auth-secret': 'nope' }],
  ];

  it.each(cases)('rejects %s with 401', async (_name, headers) => {
    const response = await handle({ method: 'GET', url: '/api/invoice/all', headers });

    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ Message: 'Authorization has been denied for this request.' });
  });

  it('accepts configured credentials', async () => {
    const custom = createTestHandler({}, { apiKey: 'k', apiSecret: 's' });
    const response = await custom({ method: 'GET', url: '/api/tax/all', headers: { 'x-auth-key': 'k', 'x-auth-secret': 's' } });

    expect(response.status).toBe(200);
  });
});

describe('paging', () => {
  const handle = createTestHandler();

  it('defaults to page 1 of 25', async () => {
    const body = (await callApi(handle, 'GET', '/api/invoice/all')).json as ListBody;

    expect(body.Count).toBe(25);
    expect(body.Result).toHaveLength(25);
    expect(body.TotalCount).toBe(48);
    expect(body.IsFaulted).toBe(false);
    expect(body.ErrorMessages).toEqual([]);
  });

  it('pages are 1-based and disjoint', async () => {
    const first = (await callApi(handle, 'GET', '/api/invoice/all?queryOptions.page=1&queryOptions.pageSize=20')).json as ListBody;
    const third = (await callApi(handle, 'GET', '/api/invoice/all?queryOptions.page=3&queryOptions.pageSize=20')).json as ListBody;
    const beyond = (await callApi(handle, 'GET', '/api/invoice/all?queryOptions.page=4&queryOptions.pageSize=20')).json as ListBody;

    expect(third.Count).toBe(8);
    expect(beyond.Count).toBe(0);
    expect(beyond.TotalCount).toBe(48);
    const ids = new Set([...first.Result, ...third.Result].map((invoice) => invoice.Id));
    expect(ids.size).toBe(28);
  });

  it('page 0 means page 1', async () => {
    const pageZero = (await callApi(handle, 'GET', '/api/invoice/all?queryOptions.page=0')).json as ListBody;
    const pageOne = (await callApi(handle, 'GET', '/api/invoice/all?queryOptions.page=1')).json as ListBody;

    expect(pageZero.Result.map((invoice) => invoice.Id)).toEqual(pageOne.Result.map((invoice) => invoice.Id));
  });

  it('clamps page size to 100', async () => {
    const big = createTestHandler({ invoiceCount: 150 });
    const body = (await callApi(big, 'GET', '/api/invoice/all?queryOptions.pageSize=500')).json as ListBody;

    expect(body.Count).toBe(100);
    expect(body.TotalCount).toBe(150);
  });

  it('lists newest issued first', async () => {
    const body = (await callApi(handle, 'GET', '/api/invoice/all?queryOptions.pageSize=100')).json as ListBody;
    const issued = body.Result.map((invoice) => Date.parse(invoice.IssuedOn));

    expect(issued).toEqual([...issued].sort((a, b) => b - a));
  });
});

describe('quirks', () => {
  const handle = createTestHandler();

  it('sends statuses as integers and strings', async () => {
    const body = (await callApi(handle, 'GET', '/api/invoice/all?queryOptions.pageSize=100')).json as ListBody;
    const kinds = new Set(body.Result.map((invoice) => typeof invoice.Status));

    expect(kinds).toEqual(new Set(['number', 'string']));
  });

  it('omits CreatedOn on some activities', async () => {
    const activities: Record<string, unknown>[] = [];
    for (const invoice of handle.account.invoices) {
      const details = (await callApi(handle, 'GET', `/api/invoice/details?id=${invoice.id}`)).json as { Activities: Record<string, unknown>[] };
      activities.push(...details.Activities);
    }
    const withTime = activities.filter((activity) => 'CreatedOn' in activity);

    expect(withTime.length).toBeGreaterThan(activities.length / 2);
    expect(withTime.length).toBeLessThan(activities.length);
    expect(withTime.map((activity) => activity['CreatedOn'])).toContainEqual(expect.stringMatching(/\.\d{7}\+01:00$/));
  });
});

describe('routing', () => {
  const handle = createTestHandler();

  it('unknown api path is 404', async () => {
    expect((await callApi(handle, 'GET', '/api/invoice/nothing')).status).toBe(404);
  });

  it('wrong method is 405', async () => {
    expect((await callApi(handle, 'POST', '/api/invoice/all', {})).status).toBe(405);
  });

  it('unknown invoice is faulted', async () => {
    const response = await callApi(handle, 'GET', '/api/invoice/details?id=4242');

    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      IsFaulted: true,
      ErrorMessages: [{ Code: 'InvoiceNotFound', FaultMessage: 'Invoice 4242 was not found.', Group: 'Invoice', UserVisibleMessage: 'Invoice 4242 was not found.' }],
    });
  });

  it('missing id is 400', async () => {
    expect((await callApi(handle, 'GET', '/api/invoice/details')).status).toBe(400);
  });

  it('preflight allows the auth headers', async () => {
    const response = await handle({ method: 'OPTIONS', url: '/api/invoice/all', headers: {} });

    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-headers']).toContain('x-auth-secret');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers carry CORS origin', async () => {
    expect((await callApi(handle, 'GET', '/api/tax/all')).headers['access-control-allow-origin']).toBe('*');
  });
});

describe('writes', () => {
  it('sendtoclient makes a draft unpaid', async () => {
    const handle = createTestHandler();
    const draft = handle.account.invoices.find((invoice) => invoice.status === 'Draft')!;

    const response = await callApi(handle, 'POST', '/api/invoice/sendtoclient', { InvoiceId: draft.id, Subject: 'Hi', Message: 'See attached', AttachPdf: true });

    expect(response.json).toBe(draft.id);
    expect(draft.status).toBe('Unpaid');
    expect(draft.activities.at(-1)?.type).toBe('SentViaEmail');
  });

  it('changestatus logs the matching activity', async () => {
    const handle = createTestHandler();
    const open = handle.account.invoices.find((invoice) => invoice.status === 'Unpaid')!;

    const response = await callApi(handle, 'POST', '/api/invoice/changestatus', { Id: open.id, Status: 1 });

    expect(response.json).toBe(true);
    expect(open.status).toBe('Paid');
    expect(open.activities.at(-1)?.type).toBe('Paid');
    expect(open.payments.at(-1)?.amount).toBe(open.total);
  });

  it('new invoice answers the full invoice', async () => {
    const handle = createTestHandler();
    const response = await callApi(handle, 'POST', '/api/invoice/new', {
      ClientId: 2, CurrencyId: 2, Status: 'Unpaid', Items: [{ WorkTypeId: 2, Quantity: 4, Cost: 80 }],
    });
    const body = response.json as { Number: string; TotalAmount: number; Activities: { Type: unknown }[] };

    expect(body.Number).toBe('INV-0049');
    expect(body.TotalAmount).toBe(320);
    expect(body.Activities).toHaveLength(1);
  });

  it('invalid invoice is faulted with plain words', async () => {
    const handle = createTestHandler();
    const response = await callApi(handle, 'POST', '/api/invoice/new', { CurrencyId: 1, Items: [{ WorkTypeId: 1, Quantity: 1, Cost: 1 }] });
    const body = response.json as { IsFaulted: boolean; ErrorMessages: { UserVisibleMessage: string }[] };

    expect(response.status).toBe(200);
    expect(body.IsFaulted).toBe(true);
    expect(body.ErrorMessages.map((error) => error.UserVisibleMessage)).toEqual(['Please choose a client.']);
  });

  it('invalid JSON body is 400', async () => {
    const handle = createTestHandler();
    const response = await handle({ method: 'POST', url: '/api/invoice/new', headers: { 'x-auth-key': DEFAULT_API_KEY, 'x-auth-secret': DEFAULT_API_SECRET }, body: '{oops' });

    expect(response.status).toBe(400);
  });
});
