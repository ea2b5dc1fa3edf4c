// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, getButton, click, waitFor, type Rendered } from '../shared/ui/testing/dom';
import { useEnglishMessages } from '../shared/ui/testing/locale';
import { App } from './App';
import { POPUP_VIEW_KEY } from './popup-view';
import { fakeWorker, makeActivity, OPENED_AT, storeConnectedAccount, storeFeed } from './testing';

vi.mock('./invoice/NewInvoiceView', () => ({
  NewInvoiceView: () => <p data-testid="invoice-view">invoice view</p>,
}));

let page: Rendered | undefined;

beforeEach(() => {
  useEnglishMessages();
});

afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

function items(): HTMLElement[] {
  return [...(page?.container.querySelectorAll<HTMLElement>('[data-testid="activity-item"]') ?? [])];
}

describe('popup', () => {
  it('renders stored activities before sync-now resolves', async () => {
    await storeConnectedAccount();
    await storeFeed([makeActivity({ activityId: 1 }), makeActivity({ activityId: 2 })]);
    let itemsWhenSyncRequested = -1;
    const worker = fakeWorker((message) => {
      if (message.type === 'sync-now') {
        itemsWhenSyncRequested = items().length;
      }
    });

    page = renderPage(<App />);
    await waitFor(() => expect(worker.received).toContain('sync-now'));

    expect(itemsWhenSyncRequested).toBe(2);
    expect(worker.received).toEqual(['popup-opened', 'sync-now']);
    expect(items()[0]?.textContent).toContain('Invoice INV-1 viewed');
    expect(page.container.querySelector('[data-testid="sync-status"]')?.textContent).toBe('Syncing…');
  });

  it('disables Refresh while a sync runs', async () => {
    await storeConnectedAccount();
    const worker = fakeWorker();
    page = renderPage(<App />);
    await waitFor(() => expect(worker.received).toContain('sync-now'));
    const refresh = getButton(page.container, 'Refresh');

    expect(refresh.disabled).toBe(true);
    worker.finishSync();
    await waitFor(() => expect(refresh.disabled).toBe(false));
  });

  it('shows the setup prompt when not configured', async () => {
    const worker = fakeWorker();
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    page = renderPage(<App />);
    const container = page.container;

    const button = await waitFor(() => getButton(container, 'Open settings'));
    expect(container.textContent).toContain('Connect your Envoice account');
    expect(items()).toHaveLength(0);
    await click(button);
    expect(openOptionsPage).toHaveBeenCalledOnce();
    expect(worker.received).not.toContain('sync-now');
  });

  it('shows the empty state without activities', async () => {
    await storeConnectedAccount();
    await storeFeed([]);
    fakeWorker();
    page = renderPage(<App />);
    const container = page.container;

    await waitFor(() => expect(container.textContent).toContain('No activity yet'));
  });

  it('renders API text with HTML as text', async () => {
    await storeConnectedAccount();
    const html = '<img src=x onerror="alert(1)"><b>bold</b>';
    await storeFeed([makeActivity({ clientName: html, message: html, invoiceNumber: '<i>7</i>' })]);
    fakeWorker();
    page = renderPage(<App />);

    const item = await waitFor(() => {
      expect(items()).toHaveLength(1);
      return items()[0]!;
    });
    expect(item.querySelector('img, b, i')).toBeNull();
    expect(item.textContent).toContain(html);
    expect(item.textContent).toContain('Invoice <i>7</i> viewed');
  });

  it('highlights activities found since the last opening', async () => {
    await storeConnectedAccount();
    const older = makeActivity({ activityId: 1, detectedAt: OPENED_AT - 10_000 });
    const newer = makeActivity({ activityId: 2, detectedAt: OPENED_AT + 10_000 });
    await storeFeed([newer, older], OPENED_AT);
    fakeWorker();
    page = renderPage(<App />);

    const [first, second] = await waitFor(() => {
      expect(items()).toHaveLength(2);
      return items();
    });
    expect(first?.classList.contains('unseen')).toBe(true);
    expect(first?.textContent).toContain('New');
    expect(second?.classList.contains('unseen')).toBe(false);
  });

  it('adds activities the worker stores later', async () => {
    await storeConnectedAccount();
    await storeFeed([makeActivity({ activityId: 1 })]);
    fakeWorker();
    page = renderPage(<App />);
    await waitFor(() => expect(items()).toHaveLength(1));

    await storeFeed([makeActivity({ activityId: 2, type: 'Paid' }), makeActivity({ activityId: 1 })]);

    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items()[0]?.textContent).toContain('Invoice INV-2 paid');
  });

  it('reopens the view it was closed on', async () => {
    await storeConnectedAccount();
    fakeWorker();
    page = renderPage(<App />);
    const container = page.container;
    await click(await waitFor(() => getButton(container, 'New invoice')));

    await waitFor(() => expect(container.querySelector('[data-testid="invoice-view"]')).not.toBeNull());
    await waitFor(async () => expect(await fakeBrowser.storage.session.get(POPUP_VIEW_KEY)).toEqual({ [POPUP_VIEW_KEY]: 'new-invoice' }));
    page.unmount();

    page = renderPage(<App />);
    const reopened = page.container;
    await waitFor(() => expect(reopened.querySelector('[data-testid="invoice-view"]')).not.toBeNull());
    expect(getButton(reopened, 'New invoice').getAttribute('aria-pressed')).toBe('true');
  });

  it('marks the view buttons as toggles of the view', async () => {
    await storeConnectedAccount();
    fakeWorker();
    page = renderPage(<App />);
    const container = page.container;
    const activity = await waitFor(() => getButton(container, 'Activity'));
    const newInvoice = getButton(container, 'New invoice');

    expect(activity.getAttribute('aria-pressed')).toBe('true');
    expect(newInvoice.getAttribute('aria-pressed')).toBe('false');
    for (const button of [activity, newInvoice]) {
      expect(container.querySelector(`#${button.getAttribute('aria-controls')}`)?.tagName).toBe('MAIN');
    }
  });
});
