import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SYNC_STATUS } from '../shared/feed';
import { useEnglishMessages } from '../shared/ui/testing/locale';
import { syncAfterSave } from './sync-after-save';

beforeEach(() => {
  useEnglishMessages();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The fake browser drops a listener's promise, so the worker's response is stubbed at sendMessage. */
function answer(response: () => Promise<unknown>): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(response as never);
}

describe('syncAfterSave', () => {
  it('reports a fresh sync', async () => {
    answer(async () => ({ ...EMPTY_SYNC_STATUS, lastSuccessAt: Date.now() + 1 }));
    expect(await syncAfterSave()).toEqual({ ok: true, text: 'Synced just now.' });
  });

  it('does not claim a sync it skipped', async () => {
    answer(async () => ({ ...EMPTY_SYNC_STATUS, lastSuccessAt: 1 }));
    expect(await syncAfterSave()).toEqual({ ok: true, text: 'The next sync uses the new settings.' });
  });

  it('gives up on a worker that never answers', async () => {
    answer(() => new Promise<never>(() => undefined));
    expect((await syncAfterSave(0)).ok).toBe(false);
  });

  it('survives a missing or malformed answer', async () => {
    expect((await syncAfterSave()).text).toMatch(/did not answer/);
    answer(async () => 'nonsense');
    expect((await syncAfterSave()).text).toMatch(/did not answer/);
  });
});
