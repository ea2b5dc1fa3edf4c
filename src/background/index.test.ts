import { fakeBrowser } from '@webext-core/fake-browser';
import type { Alarms } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SYNC_STATUS } from '../shared/feed';
import { requestSync } from './sync-runner';
import { installBrowserStubs } from './testing';

vi.mock('./sync-runner', () => ({ requestSync: vi.fn(async () => EMPTY_SYNC_STATUS) }));

function alarm(name: string): Alarms.Alarm {
  return { name, scheduledTime: 0 };
}

let stubs: ReturnType<typeof installBrowserStubs>;
let workerScope: EventTarget;

beforeEach(() => {
  vi.resetModules();
  stubs = installBrowserStubs();
  workerScope = new EventTarget();
  vi.stubGlobal('self', workerScope);
  vi.mocked(requestSync).mockClear();
});

describe('worker entry', () => {
  it('registers every listener on import', async () => {
    await import('./index');
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClosed.hasListeners()).toBe(true);
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(true);
    expect(stubs.idle.onStateChanged.hasListeners()).toBe(true);
    expect(stubs.permissions.onAdded.hasListeners()).toBe(true);
    expect(stubs.permissions.onRemoved.hasListeners()).toBe(true);
  });

  it('syncs on the sync alarm only', async () => {
    await import('./index');
    await fakeBrowser.alarms.onAlarm.trigger(alarm('unrelated') as never);
    expect(requestSync).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger(alarm('sync') as never);
    expect(requestSync).toHaveBeenCalledWith('alarm');
  });

  it('syncs when back online', async () => {
    await import('./index');
    workerScope.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(requestSync).toHaveBeenCalledWith('online'));
  });

  it('creates the alarm and syncs on install', async () => {
    await import('./index');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(requestSync).toHaveBeenCalledWith('install'));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });
});
