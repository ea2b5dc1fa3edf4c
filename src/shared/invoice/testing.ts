// Test doubles for the quick-invoice logic: an in-memory EnvoiceApi built from defaults plus
// overrides, and small lookup lists. Imported by tests only.

import type { Client, Currency, EnvoiceApi, InvoiceDetails, InvoicePage, PaymentGateway, Tax, WorkType } from '../api/types';
import type { Lookups } from './lookups';

export const EUR: Currency = { id: 1, code: 'EUR', name: 'Euro', symbol: '€' };
export const USD: Currency = { id: 2, code: 'USD', name: 'US Dollar', symbol: '$' };
export const JPY: Currency = { id: 3, code: 'JPY', name: 'Yen', symbol: '¥' };

export const CLIENTS: Client[] = [
  { id: 10, name: 'Nordlicht Media GmbH', email: 'billing@nordlicht.example', currencyId: 1, countryId: 1, defaultDueDays: 30 },
  { id: 11, name: 'Harbor & Pine LLC', email: 'ap@harbor.example', currencyId: 2, countryId: 2, defaultDueDays: null },
];
export const WORK_TYPES: WorkType[] = [{ id: 20, title: 'Design' }, { id: 21, title: 'Development' }];
export const TAXES: Tax[] = [{ id: 30, name: 'VAT 19%', percentage: 19 }, { id: 31, name: 'VAT 8.1%', percentage: 8.1 }];
export const GATEWAYS: PaymentGateway[] = [
  { name: 'PayPal', supportedCurrencies: ['EUR', 'USD'] },
  { name: 'Razorpay', supportedCurrencies: ['INR', 'USD'] },
  { name: 'Bank', supportedCurrencies: [] },
];

export const LOOKUPS: Lookups = { clients: CLIENTS, workTypes: WORK_TYPES, taxes: TAXES, currencies: [EUR, USD, JPY], gateways: GATEWAYS };

export function invoiceDetails(overrides: Partial<InvoiceDetails> = {}): InvoiceDetails {
  return {
    id: 51,
    number: 'INV-0051',
    status: 'Unpaid',
    clientId: 10,
    clientName: 'Nordlicht Media GmbH',
    clientEmail: 'billing@nordlicht.example',
    currency: EUR,
    issuedOn: '2026-12-04T00:00:00.000Z',
    dueDate: '2027-01-03T00:00:00.000Z',
    subTotal: 100,
    taxTotal: 19,
    discountTotal: 0,
    total: 119,
    accessToken: 'token',
    activities: [],
    items: [],
    payments: [],
    gatewayNames: [],
    ...overrides,
  };
}

function unexpected(name: string): () => never {
  return () => {
    throw new Error(`Unexpected call to ${name} in this test`);
  };
}

export function fakeApi(overrides: Partial<EnvoiceApi> = {}): EnvoiceApi {
  const emptyPage: InvoicePage = { invoices: [], totalCount: 0, page: 1, pageSize: 100 };
  return {
    listInvoices: async () => emptyPage,
    getInvoiceDetails: unexpected('getInvoiceDetails'),
    getInvoiceShareLink: async (id) => `https://envoice.example/share/${id}`,
    getInvoicePdfLink: unexpected('getInvoicePdfLink'),
    listClients: async () => CLIENTS,
    listWorkTypes: async () => WORK_TYPES,
    listTaxes: async () => TAXES,
    listCurrencies: async () => [EUR, USD, JPY],
    listPaymentGateways: async () => GATEWAYS,
    createInvoice: unexpected('createInvoice'),
    sendInvoiceToClient: unexpected('sendInvoiceToClient'),
    changeInvoiceStatus: unexpected('changeInvoiceStatus'),
    ...overrides,
  };
}
