// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, type FakeAnswer } from '../shared/api/fake-fetch';
import { EnvoiceError } from '../shared/api/errors';
import { describeError } from '../shared/error-display';
import { EMPTY_SYNC_STATUS, type SyncStatus } from '../shared/feed';
import { SETTINGS_KEY, type Settings } from '../shared/settings';
import { click, getButton, getField, renderPage, typeInto, waitFor, type Rendered } from '../shared/ui/testing/dom';
import { useEnglishMessages } from '../shared/ui/testing/locale';
import { OptionsApp } from './OptionsApp';

const SAVED_SECRET = 'saved-secret-value-ab12';
let page: Rendered | undefined;

beforeEach(() => {
  useEnglishMessages();
  // The fake browser has no permissions API; by default the manifest's grant holds.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
});

afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function storeSettings(settings: Partial<Settings>): Promise<void> {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, ...settings } });
}

async function storedSettings(): Promise<Settings> {
  const { [SETTINGS_KEY]: stored } = await fakeBrowser.storage.local.get(SETTINGS_KEY);
  return stored as Settings;
}

async function openPage(): Promise<HTMLElement> {
  page = renderPage(<OptionsApp />);
  const container = page.container;
  await waitFor(() => getButton(container, 'Save'));
  return container;
}

function saveStatus(container: HTMLElement): string {
  return container.querySelector('[data-testid="save-status"]')?.textContent ?? '';
}

describe('settings page', () => {
  it('shows the saved secret masked only', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    const container = await openPage();
    const secret = getField(container, 'API secret');

    expect(getField(container, 'API key').value).toBe('my-key');
    expect(secret.type).toBe('password');
    expect(secret.value).toBe('');
    expect(secret.placeholder).toBe('Saved (••••••••ab12). Type to replace.');
    expect(container.innerHTML).not.toContain(SAVED_SECRET);
  });

  it('keeps the saved secret when saved empty', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    const container = await openPage();
    await typeInto(getField(container, 'API key'), '  new-key  ');
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(saveStatus(container)).toMatch(/^Saved\./));
    const stored = await storedSettings();
    expect(stored.apiKey).toBe('new-key');
    expect(stored.apiSecret).toBe(SAVED_SECRET);
    expect(container.innerHTML).not.toContain(SAVED_SECRET);
  });

  it('saves a new secret trimmed and masks it', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    const container = await openPage();
    await typeInto(getField(container, 'API secret'), ' replacement-secret-9876 ');
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(saveStatus(container)).toMatch(/^Saved\./));
    expect((await storedSettings()).apiSecret).toBe('replacement-secret-9876');
    const secret = getField(container, 'API secret');
    expect(secret.value).toBe('');
    expect(secret.placeholder).toBe('Saved (••••••••9876). Type to replace.');
    expect(container.innerHTML).not.toContain('replacement-secret-9876');
  });

  it('rejects an empty key and keeps the typing', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET, detailBudget: 8 });
    const container = await openPage();
    await typeInto(getField(container, 'API key'), '   ');
    await typeInto(getField(container, 'API secret'), 'typed-secret');
    await typeInto(getField(container, 'Invoice details read per sync'), '12');
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(container.querySelector('#api-key-error')?.textContent).toBe('Enter your API key.'));
    expect(getField(container, 'API secret').value).toBe('typed-secret');
    expect(getField(container, 'Invoice details read per sync').value).toBe('12');
    expect(saveStatus(container)).toBe('');
    expect((await storedSettings()).apiKey).toBe('my-key');
  });

  it('requires a secret when none is saved', async () => {
    const container = await openPage();
    await typeInto(getField(container, 'API key'), 'my-key');
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(container.querySelector('#api-secret-error')?.textContent).toBe('Enter your API secret.'));
  });

  it('rejects a budget out of range', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    const container = await openPage();
    await typeInto(getField(container, 'Invoice details read per sync'), '51');
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(container.querySelector('#detail-budget-error')?.textContent).toBe('Enter a whole number from 1 to 50.'));
  });

  it('saves interval, notifications, budget and logging', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    const container = await openPage();
    const interval = getField(container, 'Check for activity every') as unknown as HTMLSelectElement;
    interval.value = '15';
    interval.dispatchEvent(new Event('change', { bubbles: true }));
    await click(getField(container, 'Desktop notifications'));
    await click(getField(container, 'Debug logging'));
    await typeInto(getField(container, 'Invoice details read per sync'), '20');
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(saveStatus(container)).toMatch(/^Saved\./));
    expect(await storedSettings()).toMatchObject({ pollIntervalMinutes: 15, notificationsEnabled: false, detailBudget: 20, debugLogging: true });
  });

  it('offers only the listed intervals after bad storage', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET, pollIntervalMinutes: -3 });
    const container = await openPage();
    const interval = getField(container, 'Check for activity every') as unknown as HTMLSelectElement;

    expect(interval.value).toBe('1');
    expect([...interval.options].map((option) => option.textContent)).toEqual(['1 min', '2 min', '5 min', '10 min', '15 min', '30 min', '60 min']);
  });

  it('shows the Envoice origin and where to get a key', async () => {
    const container = await openPage();
    expect(container.textContent).toContain('In Envoice, open Settings → API to create a key and secret.');
    expect(container.querySelector('code')?.textContent).toBe('https://www.envoice.in');
  });
});

describe('test connection', () => {
  async function testWith(answer: FakeAnswer, credentials = { key: 'typed-key', secret: 'typed-secret' }) {
    const fake = fakeFetch(answer);
    vi.stubGlobal('fetch', fake.fetch);
    const container = await openPage();
    await typeInto(getField(container, 'API key'), credentials.key);
    await typeInto(getField(container, 'API secret'), credentials.secret);
    await click(getButton(container, 'Test connection'));
    const result = await waitFor(() => {
      const text = container.querySelector('[data-testid="connection-result"]')?.textContent ?? '';
      expect(text).not.toBe('');
      expect(text).not.toBe('Testing…');
      return text;
    });
    return { result, requests: fake.requests };
  }

  it('reports the invoice count on success', async () => {
    const { result, requests } = await testWith({ body: { Result: [], Count: 0, TotalCount: 3, IsFaulted: false } });

    expect(result).toBe('Connected. Envoice answered with 3 invoices.');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('x-auth-key')).toBe('typed-key');
    expect(requests[0]?.headers.get('x-auth-secret')).toBe('typed-secret');
    expect(new URL(requests[0]!.url).origin).toBe('https://www.envoice.in');
  });

  it('uses the singular for one invoice', async () => {
    const { result } = await testWith({ body: { Result: [], Count: 0, TotalCount: 1, IsFaulted: false } });
    expect(result).toBe('Connected. Envoice answered with 1 invoice.');
  });

  it('uses the saved secret when the field is empty', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    const { requests } = await testWith({}, { key: 'my-key', secret: '' });
    expect(requests[0]?.headers.get('x-auth-secret')).toBe(SAVED_SECRET);
  });

  const failures: Array<[string, FakeAnswer, EnvoiceError]> = [
    ['no network', { error: new TypeError('Failed to fetch') }, new EnvoiceError('network', '')],
    ['a service outage', { status: 503, body: '' }, new EnvoiceError('server', '')],
    ['a rate limit', { status: 429, body: '' }, new EnvoiceError('rate-limited', '')],
  ];
  for (const [name, answer, expected] of failures) {
    it(`explains ${name}`, async () => {
      const { result } = await testWith(answer);
      expect(result).toBe(describeError(expected).message);
    });
  }

  it('explains a wrong key or secret in its own words', async () => {
    const { result } = await testWith({ status: 401, body: '' });
    expect(result).toBe('Envoice rejected this API key or secret. Check both values and try again.');
  });

  it('asks for a key before testing', async () => {
    const fake = fakeFetch();
    vi.stubGlobal('fetch', fake.fetch);
    const container = await openPage();
    await click(getButton(container, 'Test connection'));

    await waitFor(() => expect(container.querySelector('[data-testid="connection-result"]')?.textContent).toBe('Enter your API key.'));
    expect(fake.requests).toHaveLength(0);
  });
});

describe('sync after saving', () => {
  const SYNCED: SyncStatus = { ...EMPTY_SYNC_STATUS, lastSuccessAt: Number.MAX_SAFE_INTEGER };

  /** The fake browser drops a listener's promise, so the worker's response is stubbed at sendMessage. */
  function answerSyncWith(answer: () => Promise<unknown>): unknown[] {
    const received: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => {
      received.push(message);
      return answer();
    }) as never);
    return received;
  }

  it('asks the worker to sync even when nothing changed', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    const received = answerSyncWith(async () => SYNCED);
    const container = await openPage();
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(saveStatus(container)).toBe('Saved. Synced just now.'));
    expect(received).toEqual([{ type: 'sync-now', reason: 'settings' }]);
  });

  it('shows why the sync failed', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    answerSyncWith(async () => ({ ...EMPTY_SYNC_STATUS, phase: 'error', error: { kind: 'unauthorized', message: '', at: 1 } }));
    const container = await openPage();
    await click(getButton(container, 'Save'));

    await waitFor(() =>
      expect(saveStatus(container)).toBe('Saved. Envoice rejected this API key or secret. Check both values and try again.'),
    );
    expect(container.querySelector('[data-testid="save-status"]')?.className).toBe('error-text');
  });

  it('confirms the save while the worker is silent', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    answerSyncWith(() => new Promise<never>(() => undefined));
    const container = await openPage();
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(saveStatus(container)).toBe('Saved. Syncing…'));
    expect((await storedSettings()).apiKey).toBe('my-key');
  });

  it('says the next sync applies without a worker', async () => {
    await storeSettings({ apiKey: 'my-key', apiSecret: SAVED_SECRET });
    const container = await openPage();
    await click(getButton(container, 'Save'));

    await waitFor(() => expect(saveStatus(container)).toMatch(/^Saved\. The extension's background service did not answer/));
  });
});

describe('permission notice', () => {
  it('grants access from the button', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const container = await openPage();
    const button = await waitFor(() => getButton(container, 'Grant access'));
    expect(container.textContent).toContain('Access to Envoice is off.');

    await click(button);

    expect(request).toHaveBeenCalledWith({ origins: ['https://www.envoice.in/*'] });
    await waitFor(() => expect(container.textContent).not.toContain('Access to Envoice is off.'));
  });

  it('stays hidden while access is granted', async () => {
    const container = await openPage();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).not.toContain('Grant access');
  });
});
