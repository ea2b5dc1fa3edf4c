import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { LOOKUPS_KEY, LOOKUPS_MAX_AGE_MS, isStale, readCachedLookups, refreshLookups } from './lookups';
import { CLIENTS, fakeApi } from './testing';

const NOW = Date.parse('2026-12-04T10:00:00Z');

describe('lookup cache', () => {
  it('stores fetched lists with the time', async () => {
    const fetched = await refreshLookups(fakeApi(), 'acct', () => NOW);
    expect(fetched.fetchedAt).toBe(NOW);
    expect(await readCachedLookups('acct')).toMatchObject({ clients: CLIENTS, fetchedAt: NOW });
  });

  it('ignores another account’s lists', async () => {
    await refreshLookups(fakeApi(), 'acct', () => NOW);
    expect(await readCachedLookups('other')).toBeNull();
  });

  it('ignores an unreadable record', async () => {
    await browser.storage.local.set({ [LOOKUPS_KEY]: { accountId: 'acct', clients: 'nope' } });
    expect(await readCachedLookups('acct')).toBeNull();
  });

  it('keeps the old lists when a fetch fails', async () => {
    await refreshLookups(fakeApi(), 'acct', () => NOW);
    const failing = fakeApi({ listTaxes: () => Promise.reject(new Error('offline')) });
    await expect(refreshLookups(failing, 'acct', () => NOW + 1)).rejects.toThrow('offline');
    expect((await readCachedLookups('acct'))?.fetchedAt).toBe(NOW);
  });
});

describe('isStale', () => {
  const cached = { accountId: 'a', fetchedAt: NOW, clients: [], workTypes: [], taxes: [], currencies: [], gateways: [] };

  it('is fresh within the maximum age', () => {
    expect(isStale(cached, NOW + LOOKUPS_MAX_AGE_MS)).toBe(false);
  });

  it('is stale after the maximum age', () => {
    expect(isStale(cached, NOW + LOOKUPS_MAX_AGE_MS + 1)).toBe(true);
  });

  it('is stale when fetched in the future', () => {
    expect(isStale(cached, NOW - 1000)).toBe(true);
  });
});
