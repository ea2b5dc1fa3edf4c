import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIMEOUT_MS } from '../api/client';
import { EnvoiceError } from '../api/errors';
import type { InvoicePage, NewInvoiceRequest } from '../api/types';
import { IN_FLIGHT_WINDOW_MS, InvoiceSubmitter } from './create-once';
import { markerNote, readSubmission, writeSubmission } from './submission';
import { fakeApi, invoiceDetails } from './testing';

const REQUEST: NewInvoiceRequest = {
  clientId: 10,
  currencyId: 1,
  issuedOn: '2026-12-04',
  dueDate: '2027-01-03',
  status: 'Unpaid',
  number: null,
  gatewayNames: ['PayPal'],
  items: [{ workTypeId: 20, description: 'Logo refresh', quantity: 2, cost: 50, taxId: 30, discountPercentage: null }],
};

const MARKER = 'abc123';

function page(invoices: ReturnType<typeof invoiceDetails>[], totalCount = invoices.length): InvoicePage {
  return { invoices, totalCount, page: 1, pageSize: 100 };
}

function submitter(api: ReturnType<typeof fakeApi>): InvoiceSubmitter {
  return new InvoiceSubmitter({ api, currencyCode: () => 'EUR', makeMarker: () => MARKER });
}

describe('InvoiceSubmitter', () => {
  it('creates once on a double submit', async () => {
    const createInvoice = vi.fn(async () => invoiceDetails());
    const subject = submitter(fakeApi({ createInvoice }));
    const [first, second] = await Promise.all([subject.submit(REQUEST), subject.submit(REQUEST)]);
    expect(createInvoice).toHaveBeenCalledTimes(1);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ kind: 'created', recovered: false, invoice: { id: 51, number: 'INV-0051' } });
  });

  it('sends the marker in the notes', async () => {
    const createInvoice = vi.fn(async () => invoiceDetails());
    await submitter(fakeApi({ createInvoice })).submit(REQUEST);
    expect(createInvoice).toHaveBeenCalledWith({ ...REQUEST, notes: markerNote(MARKER) });
  });

  it('records the created invoice', async () => {
    await submitter(fakeApi({ createInvoice: async () => invoiceDetails() })).submit(REQUEST);
    expect(await readSubmission()).toMatchObject({ phase: 'created', invoice: { id: 51 } });
  });

  it('finds an invoice whose answer was lost', async () => {
    const createInvoice = vi.fn(async () => {
      throw new EnvoiceError('timeout', 'no answer');
    });
    const listInvoices = vi.fn(async () => page([invoiceDetails({ id: 50, notes: null }), invoiceDetails({ notes: markerNote(MARKER) })]));
    const outcome = await submitter(fakeApi({ createInvoice, listInvoices })).submit(REQUEST);
    expect(outcome).toMatchObject({ kind: 'created', recovered: true, invoice: { id: 51, number: 'INV-0051' } });
    expect(createInvoice).toHaveBeenCalledTimes(1);
  });

  it('reports a lost answer with no invoice', async () => {
    const createInvoice = vi.fn(async () => {
      throw new EnvoiceError('network', 'connection reset');
    });
    const listInvoices = vi.fn(async () => page([invoiceDetails({ notes: 'another ref' })]));
    const outcome = await submitter(fakeApi({ createInvoice, listInvoices })).submit(REQUEST);
    expect(outcome).toEqual({ kind: 'not-found', cause: 'network' });
    expect(createInvoice).toHaveBeenCalledTimes(1);
    expect(await readSubmission()).toMatchObject({ phase: 'not-found', marker: MARKER });
  });

  it('retries after a not-found check with the same marker', async () => {
    await writeSubmission({ phase: 'not-found', marker: 'earlier', request: REQUEST, startedAt: 1 });
    const createInvoice = vi.fn(async () => invoiceDetails());
    await submitter(fakeApi({ createInvoice })).submit(REQUEST);
    expect(createInvoice).toHaveBeenCalledWith({ ...REQUEST, notes: markerNote('earlier') });
  });

  it('checks before resending an unfinished submission', async () => {
    await writeSubmission({ phase: 'sending', marker: 'earlier', request: REQUEST, startedAt: 1 });
    const createInvoice = vi.fn(async () => invoiceDetails());
    const listInvoices = vi.fn(async () => page([invoiceDetails({ id: 77, number: 'INV-0077', notes: markerNote('earlier') })]));
    const outcome = await submitter(fakeApi({ createInvoice, listInvoices })).submit(REQUEST);
    expect(createInvoice).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ kind: 'created', recovered: true, invoice: { number: 'INV-0077' } });
  });

  it('searches the last page too', async () => {
    await writeSubmission({ phase: 'uncertain', marker: MARKER, request: REQUEST, startedAt: 1, errorKind: 'timeout' });
    const listInvoices = vi.fn(async (pageNumber: number) =>
      pageNumber === 1 ? page([invoiceDetails({ id: 1, notes: null })], 250) : page([invoiceDetails({ id: 250, notes: markerNote(MARKER) })], 250),
    );
    const outcome = await submitter(fakeApi({ listInvoices })).checkPending();
    expect(listInvoices).toHaveBeenLastCalledWith(3, 100);
    expect(outcome).toMatchObject({ kind: 'created', invoice: { id: 250 } });
  });

  it('keeps the doubt when the check fails', async () => {
    await writeSubmission({ phase: 'uncertain', marker: MARKER, request: REQUEST, startedAt: 1, errorKind: 'timeout' });
    const listInvoices = vi.fn(async (): Promise<InvoicePage> => {
      throw new EnvoiceError('network', 'offline');
    });
    const outcome = await submitter(fakeApi({ listInvoices })).checkPending();
    expect(outcome).toMatchObject({ kind: 'unknown', error: { kind: 'network' } });
    expect(await readSubmission()).toMatchObject({ phase: 'uncertain', errorKind: 'network' });
  });

  it('matches by fields when notes are unread', async () => {
    await writeSubmission({ phase: 'uncertain', marker: MARKER, request: REQUEST, startedAt: 1, errorKind: 'timeout' });
    const listInvoices = vi.fn(async () =>
      page([invoiceDetails({ id: 60, clientId: 11 }), invoiceDetails({ id: 61, subTotal: 100, issuedOn: '2026-12-03T23:00:00.000Z' })]),
    );
    const outcome = await submitter(fakeApi({ listInvoices })).checkPending();
    expect(outcome).toMatchObject({ kind: 'created', invoice: { id: 61 } });
  });

  it('clears the record after a refusal', async () => {
    const createInvoice = vi.fn(async () => {
      throw new EnvoiceError('api-fault', 'refused', { userMessage: 'Please choose a client.' });
    });
    const outcome = await submitter(fakeApi({ createInvoice })).submit(REQUEST);
    expect(outcome).toMatchObject({ kind: 'rejected', error: { userMessage: 'Please choose a client.' } });
    expect(await readSubmission()).toBeNull();
  });

  it('waits out the client timeout and a margin', () => {
    expect(IN_FLIGHT_WINDOW_MS).toBe(DEFAULT_TIMEOUT_MS + 5_000);
  });

  it('waits for a create that may still be in flight', async () => {
    const startedAt = 1_000_000;
    await writeSubmission({ phase: 'sending', marker: MARKER, request: REQUEST, startedAt });
    const createInvoice = vi.fn(async () => invoiceDetails());
    const listInvoices = vi.fn(async () => page([]));
    const subject = new InvoiceSubmitter({ api: fakeApi({ createInvoice, listInvoices }), currencyCode: () => 'EUR', now: () => startedAt + 500 });
    expect(await subject.checkPending()).toEqual({ kind: 'in-flight', until: startedAt + IN_FLIGHT_WINDOW_MS });
    expect(await subject.submit(REQUEST)).toMatchObject({ kind: 'in-flight' });
    expect(createInvoice).not.toHaveBeenCalled();
    expect(await readSubmission()).toMatchObject({ phase: 'sending' });
  });

  it('concludes not found once the in-flight window has passed', async () => {
    const startedAt = 1_000_000;
    await writeSubmission({ phase: 'sending', marker: MARKER, request: REQUEST, startedAt });
    const subject = new InvoiceSubmitter({ api: fakeApi({ listInvoices: async () => page([]) }), currencyCode: () => 'EUR', now: () => startedAt + IN_FLIGHT_WINDOW_MS });
    expect(await subject.checkPending()).toEqual({ kind: 'not-found', cause: null });
  });

  it('keeps a sending record when the check fails', async () => {
    await writeSubmission({ phase: 'sending', marker: MARKER, request: REQUEST, startedAt: 1 });
    const listInvoices = vi.fn(async (): Promise<InvoicePage> => {
      throw new EnvoiceError('network', 'offline');
    });
    expect(await submitter(fakeApi({ listInvoices })).checkPending()).toMatchObject({ kind: 'unknown' });
    expect(await readSubmission()).toMatchObject({ phase: 'sending' });
  });

  it('has nothing to check without a record', async () => {
    expect(await submitter(fakeApi()).checkPending()).toBeNull();
  });
});
