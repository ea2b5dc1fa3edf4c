// Quick invoices in Chromium, with the built extension preconfigured for an in-process sandbox. The
// popup creates an invoice, a draft survives closing the popup, and a double click creates one invoice.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { findBrowser, shouldSkip, useChromiumSuite } from './harness';

const chromiumLookup = findBrowser('chromium');

describe.skipIf(shouldSkip(chromiumLookup))('quick invoice in Chromium', () => {
  // Started in this process rather than through the control API, so tests can read the invoices' items.
  const suite = useChromiumSuite(chromiumLookup, { preconfigured: true });
  const running = suite.extension;

  const invoicesWith = (description: string) =>
    suite.sandbox().account.invoices.filter((invoice) => invoice.items.some((item) => item.description === description));

  /** Opens the popup on the "New invoice" view with an empty or restored form. */
  async function openForm(): Promise<Page> {
    const popup = await running().openPopup();
    const tab = popup.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'New invoice' });
    await tab.waitFor({ timeout: 15_000 });
    if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
    const client = popup.getByRole('combobox', { name: 'Client' });
    const startNew = popup.getByRole('region').getByRole('button', { name: 'New invoice' });
    // The lists come from the sandbox the first time, from the cache afterwards.
    await expect.poll(async () => (await client.count()) + (await startNew.count()), { timeout: 30_000 }).toBeGreaterThan(0);
    // A recently created invoice is shown again on reopen; leave it for a fresh form.
    if ((await startNew.count()) > 0) await startNew.click();
    await client.waitFor({ timeout: 15_000 });
    return popup;
  }

  async function fillInvoice(popup: Page, values: { client: string; description: string; quantity: string; price: string }): Promise<void> {
    const client = popup.getByRole('combobox', { name: 'Client' });
    await client.fill(values.client);
    await client.press('Enter');
    await popup.getByLabel('Description').fill(values.description);
    await popup.getByLabel('Quantity').fill(values.quantity);
    await popup.getByLabel('Price').fill(values.price);
  }

  test('creates an invoice from the popup', async () => {
    const popup = await openForm();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await fillInvoice(popup, { client: 'Nordlicht', description: 'E2E: website audit', quantity: '2', price: '125.5' });
    // Enter in the last field submits.
    await popup.getByLabel('Price').press('Enter');

    const heading = popup.getByRole('heading', { name: /^Invoice INV-\d+ created$/ });
    await heading.waitFor({ timeout: 30_000 });
    const shareLink = popup.getByRole('textbox', { name: 'Share link' });
    await expect.poll(() => shareLink.inputValue(), { timeout: 15_000 }).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    const created = invoicesWith('E2E: website audit');
    expect(created).toHaveLength(1);
    const nordlicht = suite.sandbox().account.clients.find((client) => client.name.startsWith('Nordlicht'))!;
    expect(created[0]).toMatchObject({ clientId: nordlicht.id, currencyId: nordlicht.currencyId, status: 'Unpaid' });
    expect(created[0]!.items.map((item) => [item.quantity, item.cost])).toEqual([[2, 125.5]]);
    expect(await heading.textContent()).toContain(created[0]!.number);

    // The worker syncs at once, and the new invoice's Created activity reaches the feed.
    await expect
      .poll(async () => {
        const { feed } = await running().storage('feed');
        const activities = (feed as { activities?: { invoiceId: number }[] } | undefined)?.activities ?? [];
        return activities.some((activity) => activity.invoiceId === created[0]!.id);
      }, { timeout: 30_000 })
      .toBe(true);
    await popup.close();
  });

  test('keeps the draft when the popup closes', async () => {
    let popup = await openForm();
    await fillInvoice(popup, { client: 'Harbor', description: 'E2E: draft check', quantity: '1,5', price: '42' });
    await popup.close({ runBeforeUnload: true });

    popup = await openForm();
    await expect.poll(() => popup.getByRole('combobox', { name: 'Client' }).inputValue()).toBe('Harbor & Pine LLC');
    expect(await popup.getByLabel('Description').inputValue()).toBe('E2E: draft check');
    expect(await popup.getByLabel('Quantity').inputValue()).toBe('1,5');
    expect(await popup.getByLabel('Price').inputValue()).toBe('42');

    await popup.getByRole('button', { name: 'Discard draft' }).click();
    await popup.getByRole('button', { name: 'Discard', exact: true }).click();
    await expect.poll(() => popup.getByLabel('Description').inputValue()).toBe('');
    expect(invoicesWith('E2E: draft check')).toEqual([]);
    await popup.close();
  });

  test('double click creates one invoice', async () => {
    const popup = await openForm();
    await fillInvoice(popup, { client: 'Kestrel', description: 'E2E: double click', quantity: '1', price: '10' });
    const createsBefore = suite.sandbox().requests.list().filter((entry) => entry.path === '/api/invoice/new').length;

    await popup.getByRole('button', { name: 'Create invoice' }).dblclick();
    await popup.getByRole('heading', { name: /^Invoice INV-\d+ created$/ }).waitFor({ timeout: 30_000 });

    expect(invoicesWith('E2E: double click')).toHaveLength(1);
    const createsAfter = suite.sandbox().requests.list().filter((entry) => entry.path === '/api/invoice/new').length;
    expect(createsAfter - createsBefore).toBe(1);
    await popup.close();
  });

  test('paste over a chosen client filters', async () => {
    const popup = await openForm();
    const client = popup.getByRole('combobox', { name: 'Client' });
    await client.fill('Nordlicht');
    await client.press('Enter');
    await client.press('ControlOrMeta+a');
    // One input event, as a paste makes.
    await client.fill('Harbor');
    expect(await client.inputValue()).toBe('Harbor');
    await client.press('Enter');
    expect(await client.inputValue()).toBe('Harbor & Pine LLC');

    await client.fill('no client by this name');
    await client.press('Enter');
    expect(await client.inputValue()).toBe('no client by this name');
    await popup.close();
  });

  test('keyboard moves through the form', async () => {
    const popup = await openForm();
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? document.activeElement?.tagName);
    const client = popup.getByRole('combobox', { name: 'Client' });
    await client.fill('');
    await client.focus();
    expect(await client.getAttribute('aria-expanded')).toBe('true');
    await client.press('Tab');
    await expect.poll(focused).toBe('Currency');
    expect(await client.getAttribute('aria-expanded')).toBe('false');

    await popup.getByRole('button', { name: 'Add line' }).press('Enter');
    await expect.poll(focused).toBe('Work type');
    expect(await popup.getByLabel('Work type').count()).toBeGreaterThan(1);

    await client.focus();
    await client.press('Escape');
    await expect.poll(() => client.getAttribute('aria-expanded')).toBe('false');
    expect(await client.count()).toBe(1);
    await client.press('Escape');
    await expect.poll(() => client.count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }))).toEqual({ tag: 'BUTTON', text: 'New invoice' });
    await popup.close();
  });

  test('long numbers stay readable', async () => {
    const popup = await openForm();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.getByLabel('Quantity').fill('1,000,000');
    await popup.getByLabel('Price').fill('999,999,999.99');
    const fits = (label: string) => popup.getByLabel(label).evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(await fits('Quantity')).toBe(true);
    expect(await fits('Price')).toBe(true);
    // The tax select keeps room for "No tax" beside a wide line amount.
    const tax = popup.getByLabel('Tax', { exact: true });
    expect(await tax.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThanOrEqual(80);
    expect(await popup.getByLabel('Amount of line 1').textContent()).not.toContain('NaN');
    await popup.close();
  });
});
