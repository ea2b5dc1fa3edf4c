// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityRecord } from '../../shared/activity';
import { EnvoiceError } from '../../shared/api/errors';
import { describeError } from '../../shared/error-display';
import { click, getButton, renderPage, waitFor, type Rendered } from '../../shared/ui/testing/dom';
import { useEnglishMessages } from '../../shared/ui/testing/locale';
import { makeActivity, OPENED_AT } from '../testing';
import { ActivityItem } from './ActivityItem';
import { createShareLinkResolver } from './share-link';

let page: Rendered | undefined;
const writeText = vi.fn<(text: string) => Promise<void>>();
const fetchShareLink = vi.fn<(invoiceId: number) => Promise<string>>();

beforeEach(() => {
  useEnglishMessages();
  writeText.mockReset().mockResolvedValue();
  fetchShareLink.mockReset().mockResolvedValue('https://www.envoice.in/share/fetched');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});

afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

function renderItem(activity: ActivityRecord): HTMLElement {
  const links = createShareLinkResolver(fetchShareLink);
  page = renderPage(
    <ul>
      <ActivityItem activity={activity} unseen={false} now={OPENED_AT} links={links} />
    </ul>,
  );
  return page.container;
}

describe('activity item', () => {
  it('shows title, client, amount, message and time', () => {
    const container = renderItem(makeActivity({ activityId: 3, amount: 1250, currencyCode: 'EUR', detectedAt: OPENED_AT - 5 * 60_000 }));
    const text = container.textContent ?? '';

    expect(text).toContain('Invoice INV-3 viewed');
    expect(text).toContain('Acme Ltd');
    expect(text).toContain('€1,250.00');
    expect(text).toContain('Client viewed the invoice');
    expect(container.querySelector('time')?.textContent).toBe('5 min. ago');
    expect(container.querySelector('time')?.getAttribute('title')).toMatch(/2026/);
  });

  it('names the invoice in each button', () => {
    const container = renderItem(makeActivity({ activityId: 42, invoiceNumber: 'INV-0042' }));

    expect(getButton(container, 'Copy link').getAttribute('aria-label')).toBe('Copy link to invoice INV-0042');
    expect(getButton(container, 'Open').getAttribute('aria-label')).toBe('Open invoice INV-0042');
  });

  it('prefers the time the activity occurred', () => {
    const container = renderItem(makeActivity({ occurredAt: new Date(OPENED_AT - 3 * 3_600_000).toISOString(), detectedAt: OPENED_AT }));
    expect(container.querySelector('time')?.textContent).toBe('3 hr. ago');
  });
});

describe('copy link', () => {
  it('copies the share link the activity carries', async () => {
    const container = renderItem(makeActivity({ type: 'Viewed', link: 'https://www.envoice.in/share/abc' }));
    await click(getButton(container, 'Copy link'));

    await waitFor(() => expect(container.textContent).toContain('Copied'));
    expect(writeText).toHaveBeenCalledWith('https://www.envoice.in/share/abc');
    expect(fetchShareLink).not.toHaveBeenCalled();
  });

  it('fetches the share link for a payment', async () => {
    const container = renderItem(makeActivity({ type: 'NewPaymentWithStripe', invoiceId: 42, link: 'https://www.envoice.in/payments/9' }));
    await click(getButton(container, 'Copy link'));

    await waitFor(() => expect(writeText).toHaveBeenCalledWith('https://www.envoice.in/share/fetched'));
    expect(fetchShareLink).toHaveBeenCalledWith(42);
  });

  it('fetches each invoice link once', async () => {
    const container = renderItem(makeActivity({ type: 'Paid', link: null }));
    await click(getButton(container, 'Copy link'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    await click(getButton(container, 'Copy link'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));

    expect(fetchShareLink).toHaveBeenCalledTimes(1);
  });

  it('says why the clipboard refused', async () => {
    writeText.mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError'));
    const container = renderItem(makeActivity());
    await click(getButton(container, 'Copy link'));

    await waitFor(() => expect(container.textContent).toContain('Could not copy the link: Document is not focused.'));
  });

  it('says why fetching the link failed', async () => {
    const error = new EnvoiceError('network', 'fetch failed');
    fetchShareLink.mockRejectedValue(error);
    const container = renderItem(makeActivity({ type: 'Paid', link: null }));
    await click(getButton(container, 'Copy link'));

    await waitFor(() => expect(container.textContent).toContain(describeError(error).message));
    expect(writeText).not.toHaveBeenCalled();
  });

  it('rejects a link that is not http(s)', async () => {
    fetchShareLink.mockResolvedValue('javascript:alert(1)');
    const container = renderItem(makeActivity({ type: 'Viewed', link: 'javascript:alert(1)' }));
    await click(getButton(container, 'Copy link'));

    await waitFor(() => expect(container.textContent).toContain('This invoice has no web link to share or open.'));
    expect(writeText).not.toHaveBeenCalled();
  });
});

describe('open', () => {
  it('opens the activity link in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const container = renderItem(makeActivity({ type: 'Paid', link: 'https://www.envoice.in/payments/9' }));
    await click(getButton(container, 'Open'));

    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://www.envoice.in/payments/9' }));
  });

  it('never opens a javascript link', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fetchShareLink.mockResolvedValue('data:text/html,hi');
    const container = renderItem(makeActivity({ link: 'javascript:alert(1)' }));
    await click(getButton(container, 'Open'));

    await waitFor(() => expect(container.textContent).toContain('This invoice has no web link to share or open.'));
    expect(create).not.toHaveBeenCalled();
  });
});
