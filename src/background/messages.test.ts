import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../shared/invoice/testing';
import { SETTINGS_KEY } from '../shared/settings';
import { EMPTY_SYNC_STATUS, FEED_KEY, emptyFeed, readFeed } from '../shared/feed';
import { boostBudget } from '../sync';
import { handleMessage, parseMessage } from './messages';
import { requestSync } from './sync-runner';

vi.mock('./sync-runner', () => ({ requestSync: vi.fn(async () => EMPTY_SYNC_STATUS) }));
vi.mock('./api-client', () => ({ createApi: () => fakeApi({ getInvoiceShareLink: async (id: number) => `https://www.envoice.in/share/${id}` }) }));
vi.mock('../sync', () => ({ BOOST_DURATION_MS: 600_000, boostBudget: vi.fn(async () => undefined) }));

const ownSender = () => ({ id: fakeBrowser.runtime.id });

beforeEach(() => {
  vi.mocked(requestSync).mockClear();
  vi.mocked(boostBudget).mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('handleMessage', () => {
  it('answers sync-now with the status', async () => {
    await expect(handleMessage({ type: 'sync-now', reason: 'popup' }, ownSender())).resolves.toEqual(EMPTY_SYNC_STATUS);
    expect(requestSync).toHaveBeenCalledWith('popup');
  });

  it('boosts and marks the feed seen on popup-opened', async () => {
    await fakeBrowser.storage.local.set({ [FEED_KEY]: emptyFeed('account') });
    const before = Date.now();
    await expect(handleMessage({ type: 'popup-opened' }, ownSender())).resolves.toBeNull();
    expect(boostBudget).toHaveBeenCalledWith(expect.anything(), expect.any(Number), 'popup');
    expect(vi.mocked(boostBudget).mock.calls[0]![1]).toBeGreaterThan(before);
    expect((await readFeed())?.seenAt).toBeGreaterThanOrEqual(before);
  });

  it('ignores other senders', () => {
    expect(handleMessage({ type: 'sync-now', reason: 'popup' }, { id: 'another-extension' })).toBeUndefined();
    expect(handleMessage({ type: 'sync-now', reason: 'popup' }, {})).toBeUndefined();
    expect(requestSync).not.toHaveBeenCalled();
  });

  it('answers api-call with the result', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { apiKey: 'key', apiSecret: 'secret-0000', version: 1 } });
    const reply = await handleMessage({ type: 'api-call', method: 'getInvoiceShareLink', args: [7] }, ownSender());
    expect(reply).toEqual({ ok: true, value: 'https://www.envoice.in/share/7' });
    expect(JSON.stringify(reply)).not.toContain('secret-0000');
  });

  it('ignores api-call from other senders', () => {
    expect(handleMessage({ type: 'api-call', method: 'listClients', args: [] }, { id: 'another-extension' })).toBeUndefined();
    expect(handleMessage({ type: 'api-call', method: 'listClients', args: [] }, { url: 'https://www.envoice.in/' })).toBeUndefined();
  });

  it('ignores api-call off the allow-list', () => {
    expect(handleMessage({ type: 'api-call', method: 'changeInvoiceStatus', args: [7, 'Paid'] }, ownSender())).toBeUndefined();
    expect(handleMessage({ type: 'api-call', method: 'getInvoiceDetails', args: ['7'] }, ownSender())).toBeUndefined();
    expect(handleMessage({ type: 'api-call', method: 'listClients' }, ownSender())).toBeUndefined();
  });

  it('ignores unknown messages', () => {
    expect(handleMessage({ type: 'delete-everything' }, ownSender())).toBeUndefined();
    expect(handleMessage('sync-now', ownSender())).toBeUndefined();
    expect(requestSync).not.toHaveBeenCalled();
  });
});

describe('parseMessage', () => {
  it('requires a known sync reason', () => {
    expect(parseMessage({ type: 'sync-now', reason: 'popup' })).toEqual({ type: 'sync-now', reason: 'popup' });
    expect(parseMessage({ type: 'sync-now', reason: 'whenever' })).toBeNull();
    expect(parseMessage({ type: 'sync-now' })).toBeNull();
  });

  it('rejects null and primitives', () => {
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage(undefined)).toBeNull();
    expect(parseMessage(3)).toBeNull();
  });
});
