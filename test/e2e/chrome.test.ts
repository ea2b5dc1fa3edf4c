// The whole path in Chromium: settings page → first sync against the sandbox → popup list →
// a new activity in the sandbox → one notification and a badge → worker stopped and woken → no repeat.

import { describe, expect, test } from 'vitest';
import { findBrowser, SANDBOX_CREDENTIALS, SandboxControl, shouldSkip, useChromiumSuite, waitFor } from './harness';

const chromiumLookup = findBrowser('chromium');
const SYNC_NOW = { type: 'sync-now', reason: 'popup' };

describe.skipIf(shouldSkip(chromiumLookup))('Chromium extension', () => {
  const suite = useChromiumSuite(chromiumLookup, { preconfigured: false });
  const running = suite.extension;
  const control = () => new SandboxControl(suite.sandbox().url);

  test('settings save and test the connection', async () => {
    const page = await running().openOptions();
    await page.getByLabel('API key').fill(SANDBOX_CREDENTIALS.apiKey);
    await page.getByLabel('API secret').fill(SANDBOX_CREDENTIALS.apiSecret);

    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => page.getByText(/^Connected\./).count(), { timeout: 15_000 }).toBe(1);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText(/^Saved\./).count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  test('popup lists the sandbox activity', async () => {
    const popup = await running().openPopup();
    const refresh = popup.getByRole('button', { name: 'Refresh' });
    await expect.poll(() => refresh.count()).toBe(1);
    await refresh.click();

    await expect.poll(() => popup.getByTestId('activity-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await popup.close();
  });

  test('new activity notifies once', async () => {
    const extension = running();
    // The first sync records history without notifying; clear anything shown so far.
    await extension.sendMessage(SYNC_NOW);
    await extension.clearNotifications();
    const badgeBefore = await extension.badgeText();

    // A payment changes the invoice's status in the list, so the next sync reads that invoice first.
    const activity = await control().addActivity('Paid');
    await extension.sendMessage(SYNC_NOW);

    const shown = await waitFor('a notification', async () => {
      const ids = Object.keys(await extension.notifications());
      return ids.length > 0 ? ids : undefined;
    });
    expect(shown).toHaveLength(1);
    expect(await extension.badgeText()).not.toBe(badgeBefore);
    expect(shown[0]).toContain(String(activity.Id));
  });

  test('woken worker does not repeat it', async () => {
    const extension = running();
    await extension.clearNotifications();

    await extension.stopServiceWorker();
    expect(await extension.isServiceWorkerRunning()).toBe(false);
    await control().clearRequests();

    // Opening the popup messages the worker, which wakes it; Refresh then runs a full sync.
    const popup = await extension.openPopup();
    await waitFor('the service worker to wake', async () => ((await extension.isServiceWorkerRunning()) ? true : undefined));
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await waitFor('a sync after the wake', async () => {
      const requests = await control().requests();
      return requests.some((entry) => entry.path === '/api/invoice/all' && entry.status === 200) ? true : undefined;
    });
    // sync-now joins a running sync and resolves after it, so any notification it made exists now.
    await extension.sendMessage(SYNC_NOW);

    expect(await extension.notifications()).toEqual({});
    await popup.close();
  });
});
