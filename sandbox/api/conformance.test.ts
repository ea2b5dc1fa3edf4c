import { describe, expect, it } from 'vitest';
import { validateRequestBody, validateResponse } from '../../test/openapi';
import { callApi, createTestHandler } from '../testing';

const handle = createTestHandler();

const READS = [
  '/api/invoice/all',
  '/api/invoice/all?queryOptions.page=2&queryOptions.pageSize=10',
  '/api/invoice/details?id=1',
  '/api/invoice/details?id=2',
  '/api/invoice/details?id=3',
  '/api/invoice/uri?id=4',
  '/api/invoice/pdf?id=4',
  '/api/invoice/status?id=5',
  '/api/client/all',
  '/api/client/details?id=3',
  '/api/worktype/all',
  '/api/tax/all',
  '/api/general/currencies',
  '/api/general/countries',
  '/api/payment/supported',
];

const NEW_INVOICE = {
  ClientId: 1,
  CurrencyId: 1,
  Status: 'Draft',
  Items: [{ WorkTypeId: 1, Description: 'Logo', Quantity: 2, Cost: 100, TaxId: 1 }],
};

describe('responses match the document', () => {
  it.each(READS)('GET %s', async (url) => {
    const response = await callApi(handle, 'GET', url);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(validateResponse('GET', url, 200, response.json, { quirks: true }).errors).toEqual([]);
  });

  it('every seeded invoice details', async () => {
    for (const invoice of handle.account.invoices) {
      const url = `/api/invoice/details?id=${invoice.id}`;
      const response = await callApi(handle, 'GET', url);
      expect(validateResponse('GET', url, 200, response.json, { quirks: true }).errors, url).toEqual([]);
    }
  });

  it('POST /api/invoice/new', async () => {
    expect(validateRequestBody('POST', '/api/invoice/new', NEW_INVOICE).errors).toEqual([]);
    const response = await callApi(handle, 'POST', '/api/invoice/new', NEW_INVOICE);
    expect(validateResponse('POST', '/api/invoice/new', 200, response.json, { quirks: true }).errors).toEqual([]);
  });

  it('POST /api/invoice/sendtoclient', async () => {
    const body = { InvoiceId: 1, Subject: 'Invoice', Message: 'Hello', AttachPdf: true };
    expect(validateRequestBody('POST', '/api/invoice/sendtoclient', body).errors).toEqual([]);
    const response = await callApi(handle, 'POST', '/api/invoice/sendtoclient', body);
    expect(response.json).toBe(1);
    expect(validateResponse('POST', '/api/invoice/sendtoclient', 200, response.json).errors).toEqual([]);
  });

  it('POST /api/invoice/changestatus', async () => {
    const body = { Id: 2, Status: 'Void' };
    expect(validateRequestBody('POST', '/api/invoice/changestatus', body).errors).toEqual([]);
    const response = await callApi(handle, 'POST', '/api/invoice/changestatus', body);
    expect(response.json).toBe(true);
    expect(validateResponse('POST', '/api/invoice/changestatus', 200, response.json).errors).toEqual([]);
  });

  it('faulted answer is accepted as a quirk', async () => {
    const response = await callApi(handle, 'GET', '/api/invoice/details?id=999999');
    expect(validateResponse('GET', '/api/invoice/details', 200, response.json, { quirks: true }).errors).toEqual([]);
    expect(validateResponse('GET', '/api/invoice/details', 200, response.json).valid).toBe(false);
  });
});

describe('without quirks', () => {
  const strict = createTestHandler({}, { quirks: false });

  it.each(READS)('GET %s is strictly valid', async (url) => {
    const response = await callApi(strict, 'GET', url);
    expect(validateResponse('GET', url, 200, response.json).errors).toEqual([]);
  });

  it('details of every status are strictly valid', async () => {
    for (const invoice of strict.account.invoices.slice(0, 12)) {
      const url = `/api/invoice/details?id=${invoice.id}`;
      const response = await callApi(strict, 'GET', url);
      expect(validateResponse('GET', url, 200, response.json).errors, url).toEqual([]);
    }
  });
});
