import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../testing';
import { createAccount } from './account';
import { createInvoice } from './create-invoice';
import type { Invoice } from './types';

const now = (): number => FIXED_NOW;

const ITEM = { WorkTypeId: 1, Quantity: 3, Cost: 100 };

function created(outcome: ReturnType<typeof createInvoice>): Invoice {
  if (!outcome.ok) throw new Error(`Creation failed: ${messagesOf(outcome).join(' ')}`);
  return outcome.value;
}

function messagesOf(outcome: ReturnType<typeof createInvoice>): string[] {
  return outcome.ok ? [] : outcome.errors.map((error) => error.message);
}

describe('createInvoice', () => {
  it('numbers after the highest number', () => {
    const account = createAccount({ now });
    const invoice = created(createInvoice(account, { ClientId: 1, CurrencyId: 1, Items: [ITEM] }));

    expect(invoice.number).toBe('INV-0049');
    expect(invoice.id).toBe(49);
  });

  it('keeps a given number', () => {
    const account = createAccount({ now });
    const invoice = created(createInvoice(account, { ClientId: 1, CurrencyId: 1, Number: 'WEB-7', Items: [ITEM] }));

    expect(invoice.number).toBe('WEB-7');
  });

  it('computes totals with tax and discount', () => {
    const account = createAccount({ now });
    const vat18 = account.taxes.find((tax) => tax.name === 'VAT 18%')!;
    const invoice = created(createInvoice(account, {
      ClientId: 1,
      CurrencyId: 1,
      Items: [
        { WorkTypeId: 1, Quantity: 2, Cost: 150, TaxId: vat18.id, DiscountPercentage: 10 },
        { WorkTypeId: 2, Quantity: 1, Cost: 99.99, TaxPercentage: 20 },
      ],
    }));
    const [first, second] = invoice.items;

    expect(first).toMatchObject({ subTotal: 300, discount: 30, tax: 48.6, total: 318.6, taxPercentage: 18 });
    expect(second).toMatchObject({ subTotal: 99.99, discount: 0, tax: 20, total: 119.99 });
    expect(invoice).toMatchObject({ subTotal: 399.99, discount: 30, tax: 68.6, total: 438.59 });
  });

  it('logs only Created', () => {
    const account = createAccount({ now });
    const invoice = created(createInvoice(account, { ClientId: 1, CurrencyId: 1, Status: 'Unpaid', Items: [ITEM] }));

    expect(invoice.activities.map((activity) => activity.type)).toEqual(['Created']);
  });

  it('accepts the status as an integer', () => {
    const account = createAccount({ now });
    const invoice = created(createInvoice(account, { ClientId: 1, CurrencyId: 1, Status: 2, Items: [ITEM] }));

    expect(invoice.status).toBe('Unpaid');
  });

  it('defaults the due date to the client terms', () => {
    const account = createAccount({ now });
    const client = account.clients.find((candidate) => candidate.defaultDueDateInDays === 30)!;
    const invoice = created(createInvoice(account, { ClientId: client.id, CurrencyId: 1, Items: [ITEM] }));

    expect(invoice.dueOn - invoice.issuedOn).toBe(30 * 86_400_000);
  });

  it.each([
    [{ CurrencyId: 1, Items: [ITEM] }, 'Please choose a client.'],
    [{ ClientId: 1, Items: [ITEM] }, 'Please choose a currency.'],
    [{ ClientId: 1, CurrencyId: 1, Items: [] }, 'Please add at least one item.'],
    [{ ClientId: 1, CurrencyId: 1, Status: 'Paid', Items: [ITEM] }, 'A new invoice must have the status Draft or Unpaid.'],
    [{ ClientId: 1, CurrencyId: 1, Number: 'INV-0001', Items: [ITEM] }, 'The invoice number INV-0001 is already in use. Please choose another number.'],
    [{ ClientId: 1, CurrencyId: 1, Items: [{ ...ITEM, Quantity: 0 }] }, 'The quantity of item 1 must be a number above 0.'],
    [{ ClientId: 1, CurrencyId: 1, Items: [{ ...ITEM, TaxId: 999 }] }, 'The tax of item 1 was not found.'],
    [{ ClientId: 1, CurrencyId: 1, Items: [ITEM], PaymentGateways: [{ Name: 'Bitcoin' }] }, 'The payment gateway Bitcoin is not supported.'],
  ])('rejects %j', (body, message) => {
    const account = createAccount({ now });
    const outcome = createInvoice(account, body);

    expect(messagesOf(outcome)).toContain(message);
    expect(account.invoices).toHaveLength(48);
  });
});
