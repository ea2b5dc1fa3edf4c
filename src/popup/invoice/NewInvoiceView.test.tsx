// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EnvoiceError } from '../../shared/api/errors';
import type { EnvoiceApi } from '../../shared/api/types';
import { ENVOICE_BASE_URL } from '../../shared/build-config';
import { emptyDraft, emptyLine } from '../../shared/invoice/draft';
import { DRAFT_KEY, saveDraft } from '../../shared/invoice/draft-store';
import { LOOKUPS_KEY, refreshLookups } from '../../shared/invoice/lookups';
import { fakeApi, invoiceDetails } from '../../shared/invoice/testing';
import { IN_FLIGHT_WINDOW_MS } from '../../shared/invoice/create-once';
import { markerNote, writeSubmission } from '../../shared/invoice/submission';
import { todayLocal } from '../../shared/invoice/dates';
import { SETTINGS_KEY } from '../../shared/settings';
import { click, getButton, getField, renderPage, typeInto, waitFor, type Rendered } from '../../shared/ui/testing/dom';
import { useEnglishMessages } from '../../shared/ui/testing/locale';
import { answerApiCalls, fakeWorker } from '../testing';
import { NewInvoiceView } from './NewInvoiceView';

let api: EnvoiceApi = fakeApi();

let page: Rendered | undefined;

beforeEach(async () => {
  useEnglishMessages();
  api = fakeApi();
  answerApiCalls(() => api);
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { apiKey: 'key', apiSecret: 'secret-0000', version: 1 } });
  await refreshLookups(fakeApi(), `${ENVOICE_BASE_URL}|key`);
});

afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

async function keyDown(element: HTMLElement, key: string): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await Promise.resolve();
  });
}

async function openForm(onClose = () => {}): Promise<HTMLElement> {
  page = renderPage(<NewInvoiceView onClose={onClose} />);
  await waitFor(() => getButton(page!.container, 'Create invoice'));
  return page.container;
}

async function pickClient(container: HTMLElement, text: string): Promise<void> {
  const client = getField(container, 'Client');
  await typeInto(client, text);
  await keyDown(client, 'Enter');
}

async function createInvoice(container: HTMLElement): Promise<void> {
  await pickClient(container, 'Nord');
  await typeInto(getField(container, 'Price'), '150');
  await click(getButton(container, 'Create invoice'));
  await waitFor(() => getButton(container, 'Email to client'));
}

describe('NewInvoiceView', () => {
  it('opens with focus on Client', async () => {
    const container = await openForm();
    expect(document.activeElement).toBe(getField(container, 'Client'));
    for (const label of ['Currency', 'Issue date', 'Due date', 'Work type', 'Description', 'Quantity', 'Price', 'Tax']) {
      expect(getField(container, label)).toBeTruthy();
    }
    expect(getField(container, 'Issue date').value).toBe(todayLocal());
  });

  it('filters clients by email and picks with Enter', async () => {
    const container = await openForm();
    await pickClient(container, 'harbor.example');
    expect(getField(container, 'Client').value).toBe('Harbor & Pine LLC');
    expect((getField(container, 'Currency') as unknown as HTMLSelectElement).value).toBe('2');
  });

  it('filters on text pasted over a chosen client', async () => {
    const container = await openForm();
    await pickClient(container, 'Nord');
    await pickClient(container, 'Harbor');
    expect(getField(container, 'Client').value).toBe('Harbor & Pine LLC');
  });

  it('picks nothing on Enter when no client matches', async () => {
    const container = await openForm();
    await pickClient(container, 'Nord');
    await pickClient(container, 'no such client');
    const client = getField(container, 'Client');
    expect(client.value).toBe('no such client');
    await click(getButton(container, 'Create invoice'));
    await waitFor(() => expect(client.getAttribute('aria-invalid')).toBe('true'));
  });

  it('shows a dash, never NaN, for a huge price', async () => {
    const container = await openForm();
    await typeInto(getField(container, 'Quantity'), '999999999999');
    await typeInto(getField(container, 'Price'), '999999999999');
    expect(container.textContent).not.toContain('NaN');
    expect(container.querySelector('[data-testid="invoice-total"]')?.textContent).toBe('—');
  });

  it('hints at a zero total', async () => {
    const container = await openForm();
    await typeInto(getField(container, 'Price'), '0');
    expect(container.textContent).toContain('The total is zero.');
  });

  it('focuses the new line after Add line', async () => {
    const container = await openForm();
    await click(getButton(container, 'Add line'));
    const lines = container.querySelectorAll('.inv-line');
    await waitFor(() => expect(document.activeElement).toBe(lines[lines.length - 1]?.querySelector('select')));
  });

  it('says briefly that Envoice could not be reached', async () => {
    api = fakeApi({
      createInvoice: async () => {
        throw new EnvoiceError('network', 'refused');
      },
      listInvoices: async () => ({ invoices: [], totalCount: 0, page: 1, pageSize: 100 }),
    });
    const container = await openForm();
    await pickClient(container, 'Nord');
    await typeInto(getField(container, 'Price'), '10');
    await click(getButton(container, 'Create invoice'));
    await waitFor(() => expect(container.textContent).toContain('Could not reach Envoice. Nothing was created; check your connection and try again.'));
  });

  it('says when the check could not reach Envoice either', async () => {
    const refuse = async (): Promise<never> => {
      throw new EnvoiceError('network', 'refused');
    };
    api = fakeApi({ createInvoice: refuse, listInvoices: refuse });
    const container = await openForm();
    await pickClient(container, 'Nord');
    await typeInto(getField(container, 'Price'), '10');
    await click(getButton(container, 'Create invoice'));
    await waitFor(() => expect(container.textContent).toContain('Could not reach Envoice to check whether the invoice was created.'));
    expect(container.textContent).not.toContain('answer was lost');
  });

  it('shows errors next to fields', async () => {
    const container = await openForm();
    await click(getButton(container, 'Create invoice'));
    const client = getField(container, 'Client');
    await waitFor(() => expect(client.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(client.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('Choose a client.');
  });

  it('updates the total while typing', async () => {
    const container = await openForm();
    await pickClient(container, 'Nord');
    await typeInto(getField(container, 'Quantity'), '1.5');
    await typeInto(getField(container, 'Price'), '100');
    const total = container.querySelector('[data-testid="invoice-total"]')?.textContent ?? '';
    expect(total).toContain('150.00');
  });

  it('creates the invoice and shows its link', async () => {
    const createInvoice = vi.fn(async () => invoiceDetails({ total: 150 }));
    api = fakeApi({ createInvoice });
    const worker = fakeWorker();
    const container = await openForm();
    await pickClient(container, 'Nord');
    await typeInto(getField(container, 'Description'), 'Logo refresh');
    await typeInto(getField(container, 'Price'), '150');
    await click(getButton(container, 'Create invoice'));

    await waitFor(() => expect(container.textContent).toContain('Invoice INV-0051 created'));
    await waitFor(() => expect(container.querySelector<HTMLInputElement>('.inv-link input')?.value).toBe('https://envoice.example/share/51'));
    expect(createInvoice).toHaveBeenCalledTimes(1);
    expect(createInvoice).toHaveBeenCalledWith(expect.objectContaining({ clientId: 10, currencyId: 1, items: [expect.objectContaining({ description: 'Logo refresh', cost: 150, quantity: 1 })] }));
    await waitFor(() => expect(worker.received).toContain('sync-now'));
    expect((await fakeBrowser.storage.local.get(DRAFT_KEY))[DRAFT_KEY]).toBeUndefined();
  });

  it('keeps the draft after a refusal', async () => {
    api = fakeApi({
      createInvoice: async () => {
        throw new EnvoiceError('api-fault', 'refused', { userMessage: 'Please choose a client.' });
      },
    });
    const container = await openForm();
    await pickClient(container, 'Nord');
    await typeInto(getField(container, 'Price'), '99');
    await click(getButton(container, 'Create invoice'));
    await waitFor(() => expect(container.querySelector('[data-testid="invoice-refusal"]')?.textContent).toContain('Please choose a client.'));
    expect(getField(container, 'Price').value).toBe('99');
  });

  it('restores a saved draft', async () => {
    const line = { ...emptyLine(21), description: 'API client', quantity: '2,5', price: '80' };
    await saveDraft({ ...emptyDraft(), clientId: 11, currencyId: 2, lines: [line] });
    const container = await openForm();
    await waitFor(() => expect(getField(container, 'Client').value).toBe('Harbor & Pine LLC'));
    expect(getField(container, 'Description').value).toBe('API client');
    expect(getField(container, 'Quantity').value).toBe('2,5');
  });

  it('leaves on Escape', async () => {
    const onClose = vi.fn();
    const container = await openForm(onClose);
    await keyDown(getField(container, 'Price'), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes the client list before leaving', async () => {
    const onClose = vi.fn();
    const container = await openForm(onClose);
    const client = getField(container, 'Client');
    await typeInto(client, 'Nor');
    await keyDown(client, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('explains missing lists offline', async () => {
    await fakeBrowser.storage.local.remove(LOOKUPS_KEY);
    api = fakeApi({
      listClients: async () => {
        throw new EnvoiceError('network', 'offline');
      },
    });
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    page = renderPage(<NewInvoiceView onClose={() => {}} />);
    await waitFor(() => expect(page!.container.textContent).toContain('this computer is offline'));
    expect(page.container.querySelector('form')).toBeNull();
    onLine.mockRestore();
  });

  it('refuses to send offline', async () => {
    const createInvoice = vi.fn(async () => invoiceDetails());
    api = fakeApi({ createInvoice });
    const container = await openForm();
    await pickClient(container, 'Nord');
    await typeInto(getField(container, 'Price'), '10');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await click(getButton(container, 'Create invoice'));
    await waitFor(() => expect(container.textContent).toContain('This computer is offline. Nothing was sent'));
    expect(createInvoice).not.toHaveBeenCalled();
    // Announced once: a single live region contains the message.
    const regions = [...container.querySelectorAll('[role="alert"], [role="status"], [aria-live]')].filter((element) => element.textContent?.includes('offline'));
    expect(regions).toHaveLength(1);
  });

  it('waits for a create still in flight before offering Create', async () => {
    let checks = 0;
    api = fakeApi({
      listInvoices: async () => {
        checks += 1;
        const invoices = checks === 1 ? [] : [invoiceDetails({ notes: markerNote('late') })];
        return { invoices, totalCount: invoices.length, page: 1, pageSize: 100 };
      },
    });
    const request = { clientId: 10, currencyId: 1, issuedOn: '2026-12-04', dueDate: '2027-01-03', status: 'Unpaid' as const, number: null, gatewayNames: [], items: [] };
    // The window ends shortly after the first check, so the next check decides.
    await writeSubmission({ phase: 'sending', marker: 'late', request, startedAt: Date.now() - IN_FLIGHT_WINDOW_MS + 400 });
    page = renderPage(<NewInvoiceView onClose={() => {}} />);
    await waitFor(() => expect(page!.container.textContent).toContain('Still creating the invoice…'));
    expect(getButton(page.container, 'Create invoice').disabled).toBe(true);
    await waitFor(() => expect(page!.container.textContent).toContain('Invoice INV-0051 created'), 200);
  });
  it('asks before emailing again after reopen', async () => {
    const sendInvoiceToClient = vi.fn(async () => undefined);
    api = fakeApi({ createInvoice: async () => invoiceDetails(), sendInvoiceToClient });
    const container = await openForm();
    await createInvoice(container);
    await click(getButton(container, 'Email to client'));
    await click(getButton(container, 'Send email'));
    await waitFor(() => expect(container.textContent).toContain('Envoice emailed invoice INV-0051'));
    page?.unmount();

    page = renderPage(<NewInvoiceView onClose={() => {}} />);
    const reopened = page.container;
    await waitFor(() => expect(reopened.textContent).toContain('Envoice emailed invoice INV-0051'));
    expect(reopened.querySelector('form')).toBeNull();
    expect(reopened.textContent).not.toContain('Email to client');
    await click(getButton(reopened, 'Email it again'));
    await click(getButton(reopened, 'Send email'));
    await waitFor(() => expect(sendInvoiceToClient).toHaveBeenCalledTimes(2));
  });
  it('keeps focus through the email form', async () => {
    let finishSending = () => {};
    api = fakeApi({ createInvoice: async () => invoiceDetails(), sendInvoiceToClient: () => new Promise<void>((resolve) => (finishSending = resolve)) });
    const container = await openForm();
    await createInvoice(container);
    await click(getButton(container, 'Email to client'));
    expect(document.activeElement).toBe(getField(container, 'Subject'));
    const send = getButton(container, 'Send email');
    send.focus();
    await click(send);
    expect(document.activeElement).toBe(getButton(container, 'Sending…'));
    await act(async () => finishSending());
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Envoice emailed invoice INV-0051'));
  });

  it('focuses the previous line after Remove line', async () => {
    const container = await openForm();
    await click(getButton(container, 'Add line'));
    await click(container.querySelector<HTMLButtonElement>('[aria-label="Remove line 2"]')!);
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('.inv-line select')));
  });

  it('focuses Client after discarding the draft', async () => {
    const container = await openForm();
    await typeInto(getField(container, 'Price'), '10');
    await click(getButton(container, 'Discard draft'));
    const discard = getButton(container, 'Discard');
    discard.focus();
    await click(discard);
    await waitFor(() => expect(document.activeElement).toBe(getField(container, 'Client')));
  });

  it('offers one action when nothing was created', async () => {
    const request = { clientId: 10, currencyId: 1, issuedOn: '2026-12-04', dueDate: '2027-01-03', status: 'Unpaid' as const, number: null, gatewayNames: [], items: [] };
    await writeSubmission({ phase: 'not-found', marker: 'lost', request, startedAt: Date.now() });
    const container = await openForm();
    await waitFor(() => expect(container.textContent).toContain('The invoice was not created. You can create it again.'));
    expect(container.textContent).not.toContain('Try again');
  });
  it('closes the discard prompt on Escape', async () => {
    const onClose = vi.fn();
    const container = await openForm(onClose);
    await click(getButton(container, 'Discard draft'));
    await keyDown(getButton(container, 'Keep editing'), 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    expect(container.textContent).not.toContain('Discard this draft?');
    expect(document.activeElement).toBe(getButton(container, 'Discard draft'));
  });
});
