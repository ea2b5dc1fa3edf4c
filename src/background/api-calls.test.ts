import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EnvoiceError } from '../shared/api/errors';
import type { EnvoiceApi } from '../shared/api/types';
import { fakeApi, invoiceDetails } from '../shared/invoice/testing';
import { SETTINGS_KEY } from '../shared/settings';
import { BOOST_KEY } from '../sync/state';
import { handleApiCall, parseApiCall, serializeApiError } from './api-calls';
import { requestSync } from './sync-runner';

// The real runner would start a sync against the fake browser; these tests only check the request.
vi.mock('./sync-runner', () => ({ requestSync: vi.fn(async () => await Promise.resolve()) }));

const SECRET = 'secret-3f9a77c1';

async function saveCredentials(apiSecret = SECRET): Promise<void> {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { apiKey: 'key-1', apiSecret, version: 1 } });
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('parseApiCall', () => {
  it('accepts allowed methods with well-formed arguments', () => {
    expect(parseApiCall('listInvoices', [1, 100])).toEqual({ method: 'listInvoices', args: [1, 100] });
    expect(parseApiCall('getInvoiceShareLink', [42])).toEqual({ method: 'getInvoiceShareLink', args: [42] });
    expect(parseApiCall('listClients', [])).toEqual({ method: 'listClients', args: [] });
    expect(parseApiCall('createInvoice', [{ clientId: 1 }])).toEqual({ method: 'createInvoice', args: [{ clientId: 1 }] });
    expect(parseApiCall('sendInvoiceToClient', [{ invoiceId: 1 }])).toEqual({ method: 'sendInvoiceToClient', args: [{ invoiceId: 1 }] });
  });

  it.each(['changeInvoiceStatus', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '', 42, null])('rejects the method %j', (method) => {
    expect(parseApiCall(method, [])).toBeNull();
  });

  it.each([
    ['getInvoiceDetails', [1.5]],
    ['getInvoiceDetails', [Number.NaN]],
    ['getInvoiceDetails', [Number.POSITIVE_INFINITY]],
    ['getInvoiceDetails', [-3]],
    ['getInvoiceDetails', [0]],
    ['getInvoiceDetails', ['7']],
    ['getInvoiceDetails', []],
    ['getInvoicePdfLink', [7, 8]],
    ['listInvoices', [1]],
    ['listInvoices', [1, '100']],
    ['listClients', [1]],
    ['createInvoice', []],
    ['createInvoice', [null]],
    ['createInvoice', [[]]],
    ['createInvoice', ['{}']],
    ['sendInvoiceToClient', [{}, {}]],
  ])('rejects %s with arguments %j', (method, args) => {
    expect(parseApiCall(method, args)).toBeNull();
  });

  it('rejects arguments that are not an array', () => {
    expect(parseApiCall('listClients', undefined)).toBeNull();
    expect(parseApiCall('getInvoiceDetails', { 0: 7, length: 1 })).toBeNull();
  });
});

describe('handleApiCall', () => {
  it('returns the value of the call', async () => {
    await saveCredentials();
    const getInvoiceShareLink = vi.fn(async (id: number) => `https://www.envoice.in/share/${id}`);
    const result = await handleApiCall({ method: 'getInvoiceShareLink', args: [7] }, () => fakeApi({ getInvoiceShareLink }));
    expect(result).toEqual({ ok: true, value: 'https://www.envoice.in/share/7' });
    expect(getInvoiceShareLink).toHaveBeenCalledWith(7);
  });

  it('builds the client from the saved settings', async () => {
    await saveCredentials();
    const makeApi = vi.fn(() => fakeApi());
    await handleApiCall({ method: 'listClients', args: [] }, makeApi);
    expect(makeApi).toHaveBeenCalledWith(expect.objectContaining({ apiKey: 'key-1', apiSecret: SECRET }));
  });

  it('answers not-configured without credentials', async () => {
    const makeApi = vi.fn(() => fakeApi());
    const result = await handleApiCall({ method: 'listClients', args: [] }, makeApi);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-configured' } });
    expect(makeApi).not.toHaveBeenCalled();
  });

  it('serialises an EnvoiceError with its fields', async () => {
    await saveCredentials();
    const listInvoices = async () => {
      throw new EnvoiceError('rate-limited', 'Envoice answered 429.', { status: 429, retryAfterMs: 60_000 });
    };
    const result = await handleApiCall({ method: 'listInvoices', args: [1, 100] }, () => fakeApi({ listInvoices }));
    expect(result).toEqual({ ok: false, error: { kind: 'rate-limited', message: 'Envoice answered 429.', status: 429, retryAfterMs: 60_000, userMessage: undefined } });
  });

  it('keeps the service text of an api-fault', async () => {
    await saveCredentials();
    const createInvoice = async () => {
      throw new EnvoiceError('api-fault', 'Envoice refused the invoice.', { status: 400, userMessage: 'Please choose a client.' });
    };
    const result = await handleApiCall({ method: 'createInvoice', args: [{}] }, () => fakeApi({ createInvoice }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'api-fault', status: 400, userMessage: 'Please choose a client.' } });
  });

  it('hides other failures behind unexpected', async () => {
    await saveCredentials();
    const listTaxes = async () => {
      throw new TypeError(`Cannot read properties of undefined (secret ${SECRET})`);
    };
    const result = await handleApiCall({ method: 'listTaxes', args: [] }, () => fakeApi({ listTaxes }));
    expect(result).toEqual({ ok: false, error: { kind: 'unexpected', message: 'The background worker failed while calling Envoice.' } });
    const logged = vi.mocked(console.error).mock.calls.flat().join('\n');
    expect(logged).toContain('TypeError');
    expect(logged).not.toContain(SECRET);
  });

  it('never puts the secret in a reply or log', async () => {
    await saveCredentials();
    const listCurrencies = async () => {
      throw new EnvoiceError('unauthorized', `Rejected x-auth-secret: ${SECRET} for key-1`, { status: 401, userMessage: `Secret ${SECRET} is wrong.` });
    };
    const result = await handleApiCall({ method: 'listCurrencies', args: [] }, () => fakeApi({ listCurrencies }));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(result)).toContain('[redacted]');
    const logged = [...vi.mocked(console.warn).mock.calls, ...vi.mocked(console.error).mock.calls].flat().join('\n');
    expect(logged).not.toContain(SECRET);
  });

  it('raises the sync budget after a create', async () => {
    await saveCredentials();
    const before = Date.now();
    const result = await handleApiCall({ method: 'createInvoice', args: [{}] }, () => fakeApi({ createInvoice: async () => invoiceDetails() }));
    expect(result).toMatchObject({ ok: true, value: { id: 51 } });
    const { [BOOST_KEY]: boost } = await fakeBrowser.storage.local.get(BOOST_KEY);
    expect(boost).toMatchObject({ reason: 'invoice-created' });
    expect((boost as { until: number }).until).toBeGreaterThan(before);
  });

  it('starts a sync after a create', async () => {
    await saveCredentials();
    vi.mocked(requestSync).mockClear();
    await handleApiCall({ method: 'createInvoice', args: [{}] }, () => fakeApi({ createInvoice: async () => invoiceDetails() }));
    expect(requestSync).toHaveBeenCalledWith('invoice-created');
  });

  it('starts no sync after a failed create', async () => {
    await saveCredentials();
    vi.mocked(requestSync).mockClear();
    const createInvoice = async () => {
      throw new EnvoiceError('server', 'Envoice answered 500.', { status: 500 });
    };
    await handleApiCall({ method: 'createInvoice', args: [{}] }, () => fakeApi({ createInvoice }));
    expect(requestSync).not.toHaveBeenCalled();
  });

  it('leaves the budget alone after a failed create', async () => {
    await saveCredentials();
    const createInvoice = async () => {
      throw new EnvoiceError('server', 'Envoice answered 500.', { status: 500 });
    };
    await handleApiCall({ method: 'createInvoice', args: [{}] }, () => fakeApi({ createInvoice }));
    const { [BOOST_KEY]: boost } = await fakeBrowser.storage.local.get(BOOST_KEY);
    expect(boost).toBeUndefined();
  });

  it('calls the method on its client', async () => {
    await saveCredentials();
    const api: EnvoiceApi = { ...fakeApi(), listWorkTypes: vi.fn(async function (this: unknown) {
      expect(this).toBe(api);
      return [];
    }) };
    await expect(handleApiCall({ method: 'listWorkTypes', args: [] }, () => api)).resolves.toEqual({ ok: true, value: [] });
  });
});

describe('serializeApiError', () => {
  it('redacts the secret from message and userMessage', () => {
    const error = new EnvoiceError('api-fault', `bad ${SECRET}`, { userMessage: `also ${SECRET}` });
    expect(serializeApiError(error, SECRET)).toMatchObject({ message: 'bad [redacted]', userMessage: 'also [redacted]' });
  });

  it('leaves text alone when no secret is saved', () => {
    expect(serializeApiError(new EnvoiceError('network', 'offline'), '')).toMatchObject({ kind: 'network', message: 'offline' });
  });
});
