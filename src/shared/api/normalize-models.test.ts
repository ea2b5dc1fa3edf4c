import { describe, expect, it } from 'vitest';
import {
  normalizeClient,
  normalizeCurrency,
  normalizePaymentGateway,
  normalizeTax,
  normalizeWorkType,
  readEmbeddedCurrency,
} from './normalize-catalog';
import { normalizeInvoiceDetails, normalizeInvoicePage, normalizeLink } from './normalize-invoices';

const invalid = expect.objectContaining({ kind: 'invalid-response' });

const LIST_INVOICE = {
  Id: 41,
  Number: 'INV-0041',
  Status: 2,
  Client: { Id: 3, Name: null, Email: 'ana@example.test' },
  Currency: { Id: 1, Code: null, Name: 'Euro', Symbol: '€', Value: 'EUR' },
  IssuedOn: '2026-11-30T09:15:02.1234567+01:00',
  Duedate: '2026-12-14T00:00:00Z',
  SubTotalAmount: '100.00',
  TaxAmount: 18,
  DiscountAmount: null,
  TotalAmount: 118,
  AccessToken: 'tok-41',
  Notes: null,
};

describe('normalizeInvoicePage', () => {
  it('reads a list answer', () => {
    const page = normalizeInvoicePage({ Result: [LIST_INVOICE], Count: 1, TotalCount: 57, IsFaulted: false }, 2, 25);
    expect(page).toEqual({
      invoices: [
        {
          id: 41,
          number: 'INV-0041',
          status: 'Unpaid',
          clientId: 3,
          clientName: 'ana@example.test',
          clientEmail: 'ana@example.test',
          currency: { id: 1, code: 'EUR', name: 'Euro', symbol: '€' },
          issuedOn: '2026-11-30T08:15:02.123Z',
          dueDate: '2026-12-14T00:00:00.000Z',
          subTotal: 100,
          taxTotal: 18,
          discountTotal: 0,
          total: 118,
          accessToken: 'tok-41',
          notes: null,
        },
      ],
      totalCount: 57,
      page: 2,
      pageSize: 25,
    });
  });

  it('total falls back to Count, then length', () => {
    expect(normalizeInvoicePage({ Result: [LIST_INVOICE], Count: 9 }, 1, 10).totalCount).toBe(9);
    expect(normalizeInvoicePage({ Result: [LIST_INVOICE] }, 1, 10).totalCount).toBe(1);
  });

  it('missing Result is invalid', () => {
    expect(() => normalizeInvoicePage({ Count: 0 }, 1, 10)).toThrowError(invalid);
    expect(() => normalizeInvoicePage({ Count: 0 }, 1, 10)).toThrowError(/Result/);
    expect(() => normalizeInvoicePage([], 1, 10)).toThrowError(invalid);
  });

  it('invoice without Id is invalid and named', () => {
    expect(() => normalizeInvoicePage({ Result: [LIST_INVOICE, { Number: 'X' }] }, 1, 10)).toThrowError(/Result\[1\]\.Id/);
  });

  it('non-object entry is invalid', () => {
    expect(() => normalizeInvoicePage({ Result: [null] }, 1, 10)).toThrowError(/Result\[0\]/);
  });

  it('notes are read', () => {
    const page = normalizeInvoicePage({ Result: [{ ...LIST_INVOICE, Notes: 'ref: abc' }] }, 1, 10);
    expect(page.invoices[0]?.notes).toBe('ref: abc');
  });

  it('unknown status is kept', () => {
    const page = normalizeInvoicePage({ Result: [{ ...LIST_INVOICE, Status: 'Refunded' }] }, 1, 10);
    expect(page.invoices[0]?.status).toBe('Unknown(Refunded)');
  });

  it('camel-case fields are read too', () => {
    const page = normalizeInvoicePage({ result: [{ id: 5, status: 'paid', dueDate: '2026-01-01T00:00:00Z' }] }, 1, 10);
    expect(page.invoices[0]).toMatchObject({ id: 5, status: 'Paid', dueDate: '2026-01-01T00:00:00.000Z' });
  });

  it('missing client and currency read as null', () => {
    const page = normalizeInvoicePage({ Result: [{ Id: 1 }] }, 1, 10);
    expect(page.invoices[0]).toMatchObject({ clientId: null, clientName: null, currency: null, issuedOn: null, total: 0 });
  });
});

describe('normalizeInvoiceDetails', () => {
  const details = {
    ...LIST_INVOICE,
    Status: 'paid',
    Activities: [
      { Id: 9, Type: 7, Message: 'Opened by client', Link: null, InvoiceNumber: 'INV-0041', CreatedOn: '2026-12-01T10:00:00.5+01:00' },
      { Id: 10, Type: 'Viewed', Message: '', InvoiceNumber: 'INV-0041' },
      { Id: 11, Type: 'SomethingNew' },
    ],
    Items: [{ Id: null, WorkTypeId: 2, Description: 'Design', Quantity: '2', Cost: 50, TaxId: 1, TaxPercentage: 18, DiscountPercentage: null, TotalAmount: 118 }],
    Payments: [{ Id: 4, Amount: 118, Type: 2, PaidOn: '2026-12-02T08:00:00Z' }],
    PaymentGateways: [{ Name: 'Stripe' }, { Name: null }, { Name: 'Paypal' }],
  };

  it('reads activities, items, payments and gateways', () => {
    const result = normalizeInvoiceDetails(details);
    expect(result.status).toBe('Paid');
    expect(result.activities).toEqual([
      { id: 9, type: 'Opened', message: 'Opened by client', link: null, invoiceNumber: 'INV-0041', createdOn: '2026-12-01T09:00:00.500Z' },
      { id: 10, type: 'Viewed', message: null, link: null, invoiceNumber: 'INV-0041', createdOn: null },
      { id: 11, type: 'Unknown(SomethingNew)', message: null, link: null, invoiceNumber: null, createdOn: null },
    ]);
    expect(result.items).toEqual([
      { id: null, workTypeId: 2, description: 'Design', quantity: 2, cost: 50, taxId: 1, taxPercentage: 18, discountPercentage: null, total: 118 },
    ]);
    expect(result.payments).toEqual([{ id: 4, amount: 118, type: 'Stripe', paidOn: '2026-12-02T08:00:00.000Z' }]);
    expect(result.gatewayNames).toEqual(['Stripe', 'Paypal']);
  });

  it('missing or null lists are empty', () => {
    const result = normalizeInvoiceDetails({ Id: 1, Activities: null });
    expect(result.activities).toEqual([]);
    expect(result.items).toEqual([]);
    expect(result.payments).toEqual([]);
    expect(result.gatewayNames).toEqual([]);
  });

  it('activity without Id is invalid', () => {
    expect(() => normalizeInvoiceDetails({ Id: 1, Activities: [{ Type: 7 }] })).toThrowError(/Activities\[0\]\.Id/);
  });

  it('a list that is not an array is invalid', () => {
    expect(() => normalizeInvoiceDetails({ Id: 1, Activities: 'none' })).toThrowError(invalid);
  });

  it('a non-object answer is invalid', () => {
    expect(() => normalizeInvoiceDetails('oops')).toThrowError(invalid);
    expect(() => normalizeInvoiceDetails({})).toThrowError(/invoice\.Id/);
  });
});

describe('normalizeLink', () => {
  it.each([
    [{ Link: 'https://www.envoice.in/share/abc' }, 'https://www.envoice.in/share/abc'],
    ['https://www.envoice.in/share/abc', 'https://www.envoice.in/share/abc'],
    [{ link: ' http://127.0.0.1:9/share/x ' }, 'http://127.0.0.1:9/share/x'],
  ])('%j reads as %s', (body, expected) => {
    expect(normalizeLink(body)).toBe(expected);
  });

  it.each([[{}], [{ Link: null }], [''], [42], [{ Link: 'not a url' }], [{ Link: 'javascript:alert(1)' }], ['data:text/html,x']])(
    '%j is invalid',
    (body) => {
      expect(() => normalizeLink(body)).toThrowError(invalid);
    },
  );
});

describe('catalog', () => {
  it('client name falls back to email, then empty', () => {
    expect(normalizeClient({ Id: 1, Name: 'Ana', Email: 'a@x.test' }).name).toBe('Ana');
    expect(normalizeClient({ Id: 1, Name: null, Email: 'a@x.test' }).name).toBe('a@x.test');
    expect(normalizeClient({ Id: 1 }).name).toBe('');
  });

  it('client reads its defaults', () => {
    expect(normalizeClient({ Id: 1, ClientCurrencyId: 3, ClientCountryId: '7', DefaultDueDateInDays: 14 })).toEqual({
      id: 1,
      name: '',
      email: null,
      currencyId: 3,
      countryId: 7,
      defaultDueDays: 14,
    });
  });

  it('client without Id is invalid', () => {
    expect(() => normalizeClient({ Name: 'Ana' }, 'clients[2]')).toThrowError(/clients\[2\]\.Id/);
  });

  it('work type and tax', () => {
    expect(normalizeWorkType({ Id: 2, Title: 'Design' })).toEqual({ id: 2, title: 'Design' });
    expect(normalizeWorkType({ Id: 2, Title: null })).toEqual({ id: 2, title: '' });
    expect(normalizeTax({ Id: 1, Name: 'VAT', Percentage: '18' })).toEqual({ id: 1, name: 'VAT', percentage: 18 });
  });

  it.each([
    [{ Code: '978', Value: 'EUR' }, 'EUR'],
    [{ Code: 'EUR', Value: 'Euro sign' }, 'EUR'],
    [{ Code: 'eur' }, 'EUR'],
    [{ Code: null, Value: 'USD' }, 'USD'],
    [{ Code: '978', Value: null }, '978'],
    [{ Value: 'E' }, 'E'],
    [{}, ''],
  ])('currency code from %j is %s', (fields, code) => {
    expect(normalizeCurrency({ Id: 1, ...fields }).code).toBe(code);
  });

  it('currency needs an Id', () => {
    expect(() => normalizeCurrency({ Code: 'EUR' })).toThrowError(invalid);
  });

  it('embedded currency is lenient', () => {
    expect(readEmbeddedCurrency('EUR')).toEqual({ id: 0, code: 'EUR', name: null, symbol: null });
    expect(readEmbeddedCurrency({ Value: 'MKD' })).toEqual({ id: 0, code: 'MKD', name: null, symbol: null });
    expect(readEmbeddedCurrency({ Id: 6, Code: '807', Value: 'MKD' })?.code).toBe('MKD');
    expect(readEmbeddedCurrency({})).toBeNull();
    expect(readEmbeddedCurrency(null)).toBeNull();
  });

  it('payment gateway reads currency codes', () => {
    const gateway = normalizePaymentGateway({
      Name: 'Stripe',
      SupportedCurrencies: [{ Name: 'Euro', Value: 'EUR' }, 'USD', { Name: 'No code' }, null],
    });
    expect(gateway).toEqual({ name: 'Stripe', supportedCurrencies: ['EUR', 'USD'] });
    expect(normalizePaymentGateway({ Name: 'Cash', SupportedCurrencies: null }).supportedCurrencies).toEqual([]);
    expect(() => normalizePaymentGateway({})).toThrowError(invalid);
  });
});
