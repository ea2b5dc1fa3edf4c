import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { RETRY_ALARM, SYNC_ALARM, ensureSyncAlarm, isSyncAlarm, scheduleRetry } from './alarms';

describe('ensureSyncAlarm', () => {
  it('creates the alarm when missing', async () => {
    expect(await ensureSyncAlarm(1)).toBe(true);
    const alarm = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(alarm?.periodInMinutes).toBe(1);
  });

  it('keeps an alarm with the same period', async () => {
    await ensureSyncAlarm(1);
    expect(await ensureSyncAlarm(1)).toBe(false);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('replaces an alarm with another period', async () => {
    await ensureSyncAlarm(1);
    expect(await ensureSyncAlarm(5)).toBe(true);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.periodInMinutes).toBe(5);
  });
});

describe('scheduleRetry', () => {
  const now = 1_000_000;

  it('sets a one-shot alarm after a long backoff', async () => {
    await scheduleRetry(now + 10 * 60_000, 1, now);
    const alarm = await fakeBrowser.alarms.get(RETRY_ALARM);
    expect(alarm?.scheduledTime).toBe(now + 10 * 60_000);
    expect(alarm?.periodInMinutes).toBeUndefined();
  });

  it('clears it when the next attempt is within a period', async () => {
    await scheduleRetry(now + 10 * 60_000, 1, now);
    await scheduleRetry(now + 30_000, 1, now);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('clears it when nothing is planned', async () => {
    await scheduleRetry(now + 10 * 60_000, 1, now);
    await scheduleRetry(null, 1, now);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });
});

describe('isSyncAlarm', () => {
  it('matches both sync alarms only', () => {
    expect(isSyncAlarm({ name: SYNC_ALARM, scheduledTime: 0 })).toBe(true);
    expect(isSyncAlarm({ name: RETRY_ALARM, scheduledTime: 0 })).toBe(true);
    expect(isSyncAlarm({ name: 'other', scheduledTime: 0 })).toBe(false);
  });
});
