// The popup closes on any click outside it. A quick invoice create runs in the background worker, so
// closing the popup while the request is still pending loses neither the invoice nor the worker's
// follow-up (a larger sync budget, set only once the create's response has arrived).

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { findBrowser, shouldSkip, useChromiumSuite } from './harness';

/** The part of the extension API this file calls inside extension pages. */
declare const chrome: { storage: { local: { remove(key: string): Promise<void> } } };

const chromiumLookup = findBrowser('chromium');

const CREATE_PATH = '/api/invoice/new';
const SLOW_CREATE_MS = 4_000;
/** BOOST_DURATION_MS in src/sync/boost.ts, copied because that module needs an extension runtime. */
const BOOST_DURATION_MS = 10 * 60_000;

describe.skipIf(shouldSkip(chromiumLookup))('popup closed during a create', () => {
  const suite = useChromiumSuite(chromiumLookup, { preconfigured: true });
  const running = suite.extension;

  async function openFilledForm(description: string): Promise<Page> {
    const popup = await running().openPopup();
    await popup.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'New invoice' }).click();
    const client = popup.getByRole('combobox', { name: 'Client' });
    await client.waitFor({ timeout: 30_000 });
    await client.fill('Nordlicht');
    await client.press('Enter');
    await popup.getByLabel('Description').fill(description);
    await popup.getByLabel('Quantity').fill('1');
    await popup.getByLabel('Price').fill('80');
    return popup;
  }

  test('worker finishes the create', async () => {
    const description = 'E2E: popup closed mid-create';
    const popup = await openFilledForm(description);
    suite.sandbox().faults.add({ kind: 'slow', delayMs: SLOW_CREATE_MS, path: CREATE_PATH });

    await popup.getByRole('button', { name: 'Create invoice' }).click();
    // Status 0 means the sandbox received the request and has not responded yet.
    await expect
      .poll(() => suite.sandbox().requests.list().filter((entry) => entry.path === CREATE_PATH && entry.status === 0).length, { timeout: 15_000 })
      .toBe(1);
    const closedAt = Date.now();
    await popup.close();

    await expect
      .poll(() => suite.sandbox().account.invoices.filter((invoice) => invoice.items.some((item) => item.description === description)).length, { timeout: 30_000 })
      .toBe(1);
    // A boost for a new invoice that lasts past `closedAt + BOOST_DURATION_MS` started after the
    // popup closed, so the worker set it when the create's response arrived.
    await expect
      .poll(async () => {
        const { 'sync.boost': boost } = await running().storage('sync.boost');
        return boost as { until?: number; reason?: string } | undefined;
      }, { timeout: 15_000 })
      .toMatchObject({ reason: 'invoice-created', until: expect.any(Number) as number });
    const { 'sync.boost': boost } = await running().storage('sync.boost');
    expect((boost as { until: number }).until).toBeGreaterThan(closedAt + BOOST_DURATION_MS);
    expect(suite.sandbox().requests.list().filter((entry) => entry.path === CREATE_PATH)).toHaveLength(1);
  });

  test('reopened popup waits for the create', async () => {
    // The previous test's popup closed mid-create and left its submission record behind.
    const control = await running().controlPage();
    await control.evaluate(() => chrome.storage.local.remove('invoiceSubmission'));
    const description = 'E2E: popup reopened mid-create';
    const popup = await openFilledForm(description);
    suite.sandbox().faults.add({ kind: 'slow', delayMs: SLOW_CREATE_MS, path: CREATE_PATH });
    await popup.getByRole('button', { name: 'Create invoice' }).click();
    await expect
      .poll(() => suite.sandbox().requests.list().filter((entry) => entry.path === CREATE_PATH && entry.status === 0).length, { timeout: 15_000 })
      .toBe(1);
    await popup.close();

    const reopened = await running().openPopup();
    await reopened.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'New invoice' }).click();
    await reopened.getByText('Still creating the invoice…').waitFor({ timeout: 15_000 });
    expect(await reopened.getByRole('button', { name: 'Create invoice' }).isDisabled()).toBe(true);
    await reopened.getByText(/Invoice INV-\d+ created/).waitFor({ timeout: 30_000 });
    expect(suite.sandbox().account.invoices.filter((invoice) => invoice.items.some((item) => item.description === description))).toHaveLength(1);
    await reopened.close();
  });
});
