import { describe, expect, it } from 'vitest';
import type { InvoiceDraft } from './draft';
import { emptyDraft, emptyLine } from './draft';
import { LOOKUPS } from './testing';
import { MAX_PRICE, MAX_QUANTITY, draftAmountInputs, lineAmountInputs, lineFieldId, validateDraft } from './validate';

function draftWith(changes: Partial<InvoiceDraft> = {}): InvoiceDraft {
  const line = { ...emptyLine(20), description: 'Logo refresh', quantity: '2', price: '150', taxId: 30 };
  return { ...emptyDraft('2026-12-04'), clientId: 10, currencyId: 1, lines: [line], ...changes };
}

describe('validateDraft', () => {
  it('builds the request from a valid draft', () => {
    const { errors, request } = validateDraft(draftWith({ gatewayNames: ['PayPal', 'Razorpay'] }), LOOKUPS, [], 'en-US');
    expect(errors).toEqual({});
    expect(request).toEqual({
      clientId: 10,
      currencyId: 1,
      issuedOn: '2026-12-04',
      dueDate: '2026-12-18',
      status: 'Unpaid',
      number: null,
      // Razorpay does not take EUR, so it is left out although it was ticked.
      gatewayNames: ['PayPal'],
      items: [{ workTypeId: 20, description: 'Logo refresh', quantity: 2, cost: 150, taxId: 30, discountPercentage: null }],
    });
  });

  it('uses the last gateways until the user picks', () => {
    const { request } = validateDraft(draftWith(), LOOKUPS, ['Bank', 'Stripe'], 'en-US');
    expect(request?.gatewayNames).toEqual(['Bank']);
  });

  it('requires a client', () => {
    const { errors, request } = validateDraft(draftWith({ clientId: null }), LOOKUPS, [], 'en-US');
    expect(errors['client']?.key).toBe('invoice_error_client_required');
    expect(request).toBeNull();
  });

  it('rejects a client missing from the lists', () => {
    expect(validateDraft(draftWith({ clientId: 99 }), LOOKUPS, [], 'en-US').errors['client']?.key).toBe('invoice_error_client_unknown');
  });

  it('requires a currency', () => {
    expect(validateDraft(draftWith({ currencyId: null }), LOOKUPS, [], 'en-US').errors['currency']?.key).toBe('invoice_error_currency_required');
  });

  it('requires at least one filled line', () => {
    const { errors } = validateDraft(draftWith({ lines: [emptyLine(20)] }), LOOKUPS, [], 'en-US');
    expect(errors['lines']?.key).toBe('invoice_error_lines_required');
  });

  it('ignores extra blank lines', () => {
    const draft = draftWith();
    const { errors, request } = validateDraft({ ...draft, lines: [...draft.lines, emptyLine(null)] }, LOOKUPS, [], 'en-US');
    expect(errors).toEqual({});
    expect(request?.items).toHaveLength(1);
  });

  it.each([
    ['0', 'invoice_error_quantity_not_positive'],
    ['-1', 'invoice_error_quantity_not_positive'],
    ['', 'invoice_error_quantity_required'],
    ['two', 'invoice_error_quantity_invalid'],
  ])('rejects quantity %j', (quantity, key) => {
    const draft = draftWith();
    const line = { ...draft.lines[0]!, quantity };
    expect(validateDraft({ ...draft, lines: [line] }, LOOKUPS, [], 'en-US').errors[lineFieldId(line, 'quantity')]?.key).toBe(key);
  });

  it.each([
    ['-5', 'invoice_error_price_negative'],
    ['', 'invoice_error_price_required'],
    ['12..5', 'invoice_error_price_invalid'],
  ])('rejects price %j', (price, key) => {
    const draft = draftWith();
    const line = { ...draft.lines[0]!, price };
    expect(validateDraft({ ...draft, lines: [line] }, LOOKUPS, [], 'en-US').errors[lineFieldId(line, 'price')]?.key).toBe(key);
  });

  it('accepts a price of zero', () => {
    const draft = draftWith();
    expect(validateDraft({ ...draft, lines: [{ ...draft.lines[0]!, price: '0' }] }, LOOKUPS, [], 'en-US').errors).toEqual({});
  });

  it('gives a locale example for garbage', () => {
    const draft = draftWith();
    const line = { ...draft.lines[0]!, price: 'abc' };
    expect(validateDraft({ ...draft, lines: [line] }, LOOKUPS, [], 'de-DE').errors[lineFieldId(line, 'price')]?.substitutions).toEqual(['1,5']);
  });

  it('reads decimals the locale way', () => {
    const draft = draftWith();
    const line = { ...draft.lines[0]!, quantity: '1,5', price: '1.234,50' };
    expect(validateDraft({ ...draft, lines: [line] }, LOOKUPS, [], 'de-DE').request?.items[0]).toMatchObject({ quantity: 1.5, cost: 1234.5 });
  });

  it('requires a work type', () => {
    const draft = draftWith();
    const line = { ...draft.lines[0]!, workTypeId: null };
    expect(validateDraft({ ...draft, lines: [line] }, LOOKUPS, [], 'en-US').errors[lineFieldId(line, 'workType')]?.key).toBe('invoice_error_work_type_required');
  });

  it('rejects a due date before the issue date', () => {
    const { errors } = validateDraft(draftWith({ dueDate: '2026-12-03' }), LOOKUPS, [], 'en-US');
    expect(errors['dueDate']?.key).toBe('invoice_error_due_before_issue');
  });

  it('accepts a due date on the issue date', () => {
    expect(validateDraft(draftWith({ dueDate: '2026-12-04' }), LOOKUPS, [], 'en-US').errors).toEqual({});
  });

  it('rejects impossible dates', () => {
    const { errors } = validateDraft(draftWith({ issuedOn: '2026-02-30', dueDate: '' }), LOOKUPS, [], 'en-US');
    expect(errors['issuedOn']?.key).toBe('invoice_error_issue_date_invalid');
    expect(errors['dueDate']?.key).toBe('invoice_error_due_date_invalid');
  });
});

describe('lineAmountInputs', () => {
  it('has no amount for an unreadable number', () => {
    const draft = draftWith();
    const inputs = lineAmountInputs({ ...draft, lines: [{ ...draft.lines[0]!, price: 'abc' }] }, LOOKUPS, 'en-US');
    expect(inputs).toEqual([null]);
  });

  it('counts an empty price as zero', () => {
    const draft = draftWith();
    const inputs = lineAmountInputs({ ...draft, lines: [{ ...draft.lines[0]!, price: '' }] }, LOOKUPS, 'en-US');
    expect(inputs).toEqual([{ quantity: 2, price: 0, taxPercentage: 19 }]);
  });

  it('has no amount for a huge number', () => {
    const draft = draftWith();
    const inputs = lineAmountInputs({ ...draft, lines: [{ ...draft.lines[0]!, quantity: '999999999999', price: '999999999999' }] }, LOOKUPS, 'en-US');
    expect(inputs).toEqual([null]);
  });
});

describe('draftAmountInputs', () => {
  it('counts unreadable numbers as zero', () => {
    const draft = draftWith();
    const inputs = draftAmountInputs({ ...draft, lines: [{ ...draft.lines[0]!, price: 'abc' }] }, LOOKUPS, 'en-US');
    expect(inputs).toEqual([{ quantity: 0, price: 0, taxPercentage: null }]);
  });
});

describe('number limits', () => {
  it('refuses a huge quantity and price in plain words', () => {
    const draft = draftWith();
    const line = { ...draft.lines[0]!, quantity: '999999999999', price: '99999999999999999999' };
    const { errors, request } = validateDraft({ ...draft, lines: [line] }, LOOKUPS, [], 'en-US');
    expect(request).toBeNull();
    expect(errors[lineFieldId(line, 'quantity')]).toEqual({ key: 'invoice_error_quantity_too_large', substitutions: ['1,000,000'] });
    expect(errors[lineFieldId(line, 'price')]).toEqual({ key: 'invoice_error_price_too_large', substitutions: ['1,000,000,000'] });
  });

  it('accepts the limits themselves', () => {
    const draft = draftWith();
    const line = { ...draft.lines[0]!, quantity: String(MAX_QUANTITY), price: String(MAX_PRICE) };
    expect(validateDraft({ ...draft, lines: [line] }, LOOKUPS, [], 'en-US').errors).toEqual({});
  });
});
