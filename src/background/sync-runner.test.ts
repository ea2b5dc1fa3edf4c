import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../shared/feed';
import { EMPTY_SYNC_STATUS, readSyncStatus } from '../shared/feed';
import { SETTINGS_KEY } from '../shared/settings';
import { resetAccountState, runSync } from '../sync';
import type * as SyncModule from '../sync';
import type { SyncOutcome } from '../sync/types';
import { RETRY_ALARM } from './alarms';
import { requestSync } from './sync-runner';
import { installBrowserStubs } from './testing';

vi.mock('../sync', async (importOriginal) => ({
  ...(await importOriginal<typeof SyncModule>()),
  runSync: vi.fn(),
  resetAccountState: vi.fn(async () => undefined),
}));
vi.mock('./api-client', () => ({ createApi: vi.fn(() => ({})), fetchShareLink: vi.fn() }));

const NOW = 1_750_000_000_000;

function outcome(status: Partial<SyncStatus> = {}): SyncOutcome {
  return {
    status: { ...EMPTY_SYNC_STATUS, lastSuccessAt: NOW, ...status },
    counts: { listPages: 1, detailReads: 0, requests: 1, newActivities: 0, notified: 0 },
    skipped: null,
  };
}

async function saveCredentials(): Promise<void> {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { apiKey: 'key-1', apiSecret: 'secret-1' } });
}

let stubs: ReturnType<typeof installBrowserStubs>;

beforeEach(() => {
  stubs = installBrowserStubs();
  vi.stubGlobal('navigator', { onLine: true });
  vi.mocked(runSync).mockReset().mockResolvedValue(outcome());
  vi.mocked(resetAccountState).mockClear();
});

describe('requestSync', () => {
  it('reports not-configured without requests', async () => {
    const status = await requestSync('alarm');
    expect(status.phase).toBe('not-configured');
    expect(status.error?.kind).toBe('not-configured');
    expect(runSync).not.toHaveBeenCalled();
    expect((await readSyncStatus()).phase).toBe('not-configured');
  });

  it('waits for the host permission', async () => {
    await saveCredentials();
    stubs.permissions.contains.mockResolvedValue(false);
    const status = await requestSync('alarm');
    expect(status.phase).toBe('waiting-for-permission');
    expect(status.error?.kind).toBe('permission');
    expect(runSync).not.toHaveBeenCalled();
  });

  it('passes settings and conditions to the engine', async () => {
    await saveCredentials();
    vi.stubGlobal('navigator', { onLine: false });
    stubs.idle.queryState.mockResolvedValue('locked');
    await requestSync('popup');
    const [env, reason] = vi.mocked(runSync).mock.calls[0]!;
    expect(reason).toBe('popup');
    expect(env.accountId).toContain('key-1');
    expect(env.accountId).not.toContain('secret-1');
    expect(env.conditions).toEqual({ online: false, idleState: 'locked' });
    expect(env.settings).toEqual({ detailBudget: 8, notificationsEnabled: true });
  });

  it('joins a sync already running', async () => {
    await saveCredentials();
    const first = requestSync('alarm');
    const second = requestSync('popup');
    expect(second).toBe(first);
    await Promise.all([first, second]);
    expect(runSync).toHaveBeenCalledTimes(1);
  });

  it('queues a reset behind a running sync', async () => {
    await saveCredentials();
    const order: string[] = [];
    vi.mocked(runSync).mockImplementation(async (_env, reason) => {
      order.push(`sync:${reason}`);
      return outcome();
    });
    vi.mocked(resetAccountState).mockImplementation(async () => void order.push('reset'));
    await Promise.all([requestSync('alarm'), requestSync('settings', { resetAccount: true })]);
    expect(order).toEqual(['sync:alarm', 'reset', 'sync:settings']);
  });

  it('plans a retry after a long backoff', async () => {
    await saveCredentials();
    const later = Date.now() + 15 * 60_000;
    vi.mocked(runSync).mockResolvedValue(outcome({ nextAttemptAt: later }));
    await requestSync('alarm');
    expect((await fakeBrowser.alarms.get(RETRY_ALARM))?.scheduledTime).toBe(later);
  });

  it('survives an engine crash', async () => {
    await saveCredentials();
    vi.mocked(runSync).mockRejectedValue(new Error('bug'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(requestSync('alarm')).resolves.toEqual(EMPTY_SYNC_STATUS);
  });
});
