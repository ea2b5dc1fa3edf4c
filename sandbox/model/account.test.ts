import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../testing';
import { createAccount, resetAccount } from './account';
import { DAY_MS } from './seed-invoices';
import { INVOICE_STATUSES } from './types';

const now = (): number => FIXED_NOW;

function snapshot(seed: number): string {
  const account = createAccount({ seed, now });
  return JSON.stringify({ clients: account.clients, invoices: account.invoices });
}

describe('createAccount', () => {
  it('same seed gives the same account', () => {
    expect(snapshot(7)).toBe(snapshot(7));
  });

  it('different seeds differ', () => {
    expect(snapshot(7)).not.toBe(snapshot(8));
  });

  it('seeds 48 invoices by default', () => {
    expect(createAccount({ now }).invoices).toHaveLength(48);
  });

  it('covers every status', () => {
    const statuses = new Set(createAccount({ now, invoiceCount: 5 }).invoices.map((invoice) => invoice.status));
    expect([...statuses].sort()).toEqual([...INVOICE_STATUSES].sort());
  });

  it('issues invoices within 90 days before now', () => {
    for (const invoice of createAccount({ now }).invoices) {
      expect(invoice.issuedOn).toBeLessThanOrEqual(FIXED_NOW);
      expect(invoice.issuedOn).toBeGreaterThan(FIXED_NOW - 91 * DAY_MS);
    }
  });

  it('activity ids are unique and increase with time', () => {
    const activities = createAccount({ now }).invoices.flatMap((invoice) => invoice.activities);
    const byId = [...activities].sort((a, b) => a.id - b.id);
    expect(new Set(activities.map((activity) => activity.id)).size).toBe(activities.length);
    for (let index = 1; index < byId.length; index++) {
      expect(byId[index]!.at).toBeGreaterThanOrEqual(byId[index - 1]!.at);
    }
  });

  it('histories agree with statuses', () => {
    for (const invoice of createAccount({ now, invoiceCount: 200 }).invoices) {
      const types = invoice.activities.map((activity) => activity.type);
      expect(types[0]).toBe('Created');
      expect(invoice.activities.every((activity) => activity.at <= FIXED_NOW)).toBe(true);

      if (invoice.status === 'Draft') expect(types).not.toContain('SentViaEmail');
      if (invoice.status === 'Unpaid' || invoice.status === 'Overdue' || invoice.status === 'Paid') expect(types).toContain('SentViaEmail');
      if (invoice.status === 'Overdue') {
        expect(types).toContain('Overdue');
        expect(invoice.dueOn).toBeLessThan(FIXED_NOW);
      }
      if (invoice.status === 'Unpaid') expect(invoice.dueOn).toBeGreaterThan(FIXED_NOW);
      if (invoice.status === 'Void') expect(types).toContain('Void');
      if (invoice.status === 'Paid') {
        expect(invoice.payments).toHaveLength(1);
        expect(invoice.payments[0]!.amount).toBe(invoice.total);
        expect(types.at(-1)).toMatch(/^(Paid|NewManualPayment|NewPaymentWith\w+)$/);
      } else {
        expect(invoice.payments).toHaveLength(0);
      }
    }
  });

  it('seeds 10,000 invoices', () => {
    const account = createAccount({ now, invoiceCount: 10_000 });

    expect(account.invoices).toHaveLength(10_000);
    expect(account.invoicesById.size).toBe(10_000);
    expect(account.invoices.at(-1)!.number).toBe('INV-10000');
  });
});

describe('resetAccount', () => {
  it('restores the seeded state', () => {
    const account = createAccount({ seed: 3, now });
    const before = JSON.stringify(account.invoices);
    account.invoices.pop();

    resetAccount(account);

    expect(JSON.stringify(account.invoices)).toBe(before);
  });

  it('takes a new seed and count', () => {
    const account = createAccount({ now });
    resetAccount(account, { seed: 9, invoiceCount: 12 });

    expect(account.seed).toBe(9);
    expect(account.invoices).toHaveLength(12);
  });
});
