import { describe, expect, it } from 'vitest';
import { calendarDateToDateTime, newInvoiceBody } from './request-bodies';

describe('calendarDateToDateTime', () => {
  it('sends noon UTC', () => {
    expect(calendarDateToDateTime('2026-11-30', 'issuedOn')).toBe('2026-11-30T12:00:00Z');
  });

  it.each([['30.11.2026'], ['2026-11-30T10:00:00Z'], [''], ['2026-13-45'], ['2026-02-30']])('%j is rejected', (date) => {
    expect(() => calendarDateToDateTime(date, 'issuedOn')).toThrowError(/issuedOn must be a calendar date/);
  });
});

describe('newInvoiceBody', () => {
  const base = {
    clientId: 1,
    currencyId: 2,
    issuedOn: '2026-11-30',
    dueDate: '2026-12-30',
    status: 'Draft' as const,
    number: null,
    gatewayNames: [],
    items: [{ workTypeId: null, description: 'Hours', quantity: 1.5, cost: 80, taxId: 4, discountPercentage: 10 }],
  };

  it('omits nulls', () => {
    const body = newInvoiceBody(base);
    expect(body).not.toHaveProperty('Number');
    expect(body.Items).toEqual([{ Description: 'Hours', Quantity: 1.5, Cost: 80, TaxId: 4, DiscountPercentage: 10 }]);
    expect(body.PaymentGateways).toEqual([]);
    expect(body.Status).toBe('Draft');
  });

  it('sends notes only when set', () => {
    expect(newInvoiceBody({ ...base, notes: 'ref: abc' }).Notes).toBe('ref: abc');
    expect(newInvoiceBody({ ...base, notes: null })).not.toHaveProperty('Notes');
    expect(newInvoiceBody({ ...base, notes: ' ' })).not.toHaveProperty('Notes');
    expect(newInvoiceBody(base)).not.toHaveProperty('Notes');
  });

  it('sends a trimmed number when given', () => {
    expect(newInvoiceBody({ ...base, number: ' INV-9 ' }).Number).toBe('INV-9');
    expect(newInvoiceBody({ ...base, number: '  ' })).not.toHaveProperty('Number');
  });
});
