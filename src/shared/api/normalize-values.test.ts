import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, INVOICE_STATUSES, PAYMENT_TYPES } from './enums';
import { EnvoiceError } from './errors';
import {
  field,
  readArray,
  readEnum,
  readNumber,
  readOptionalId,
  readOptionalNumber,
  readOptionalString,
  requireArray,
  requireId,
} from './normalize-values';
import { readTimestamp } from './normalize-timestamps';

describe('readEnum', () => {
  it.each([
    [0, 'Draft'],
    [1, 'Paid'],
    [4, 'Void'],
    ['Unpaid', 'Unpaid'],
    ['overdue', 'Overdue'],
    ['PAID', 'Paid'],
    [' Void ', 'Void'],
    ['2', 'Unpaid'],
    [5, 'Unknown(5)'],
    [-1, 'Unknown(-1)'],
    [1.5, 'Unknown(1.5)'],
    ['Refunded', 'Unknown(Refunded)'],
    [null, 'Unknown(null)'],
    [undefined, 'Unknown(missing)'],
    [true, 'Unknown(true)'],
    [{ Name: 'Paid' }, 'Unknown({"Name":"Paid"})'],
  ])('invoice status %j reads as %s', (raw, expected) => {
    expect(readEnum(INVOICE_STATUSES, raw)).toBe(expected);
  });

  it('activity type by index follows schema order', () => {
    expect(readEnum(ACTIVITY_TYPES, 7)).toBe('Opened');
    expect(readEnum(ACTIVITY_TYPES, 8)).toBe('Viewed');
    expect(readEnum(ACTIVITY_TYPES, 11)).toBe('Paid');
    expect(readEnum(ACTIVITY_TYPES, 48)).toBe('InvoiceDigitallySigned');
    expect(readEnum(ACTIVITY_TYPES, 49)).toBe('Unknown(49)');
  });

  it('payment type by name and index', () => {
    expect(readEnum(PAYMENT_TYPES, 'stripe')).toBe('Stripe');
    expect(readEnum(PAYMENT_TYPES, 20)).toBe('Braintree');
  });

  it('unknown raw text is shortened', () => {
    const result = readEnum(INVOICE_STATUSES, 'x'.repeat(500));
    expect(result.length).toBeLessThan(80);
    expect(result.startsWith('Unknown(xxx')).toBe(true);
  });
});

describe('readOptionalString', () => {
  it.each([
    ['text', 'text'],
    [' padded ', ' padded '],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    [12, null],
    [false, null],
    [{}, null],
  ])('%j reads as %j', (raw, expected) => {
    expect(readOptionalString(raw)).toBe(expected);
  });
});

describe('readOptionalNumber', () => {
  it.each([
    [12, 12],
    [12.5, 12.5],
    ['12.50', 12.5],
    [' 7 ', 7],
    ['-3', -3],
    ['', null],
    ['12 EUR', null],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [true, null],
  ])('%j reads as %j', (raw, expected) => {
    expect(readOptionalNumber(raw)).toBe(expected);
  });

  it('readNumber falls back to 0', () => {
    expect(readNumber(null)).toBe(0);
    expect(readNumber('abc')).toBe(0);
    expect(readNumber('4')).toBe(4);
  });
});

describe('ids', () => {
  it.each([
    [7, 7],
    ['7', 7],
    [0, null],
    [-2, null],
    [1.5, null],
    [null, null],
  ])('optional id %j reads as %j', (raw, expected) => {
    expect(readOptionalId(raw)).toBe(expected);
  });

  it('requireId names the missing field', () => {
    expect(() => requireId(undefined, 'Result[3].Id')).toThrowError(/Result\[3\]\.Id/);
    expect(() => requireId(null, 'invoice.Id')).toThrowError(expect.objectContaining({ kind: 'invalid-response' }));
  });
});

describe('arrays', () => {
  it('requireArray rejects a missing list', () => {
    expect(() => requireArray(undefined, 'Result')).toThrowError(/Result/);
    expect(() => requireArray({}, 'Result')).toThrowError(EnvoiceError);
    expect(requireArray([1], 'Result')).toEqual([1]);
  });

  it('readArray treats non-arrays as empty', () => {
    expect(readArray(null)).toEqual([]);
    expect(readArray('x')).toEqual([]);
    expect(readArray([1, 2])).toEqual([1, 2]);
  });
});

describe('field', () => {
  it('prefers exact name, then any letter case', () => {
    expect(field({ Duedate: 'a', DueDate: 'b' }, 'Duedate')).toBe('a');
    expect(field({ dueDate: 'b' }, 'Duedate')).toBe('b');
    expect(field({ other: 1 }, 'Duedate')).toBeUndefined();
  });
});

describe('readTimestamp', () => {
  it.each([
    ['2026-11-30T09:15:02.1234567+01:00', '2026-11-30T08:15:02.123Z'],
    ['2026-11-30T09:15:02.1234567Z', '2026-11-30T09:15:02.123Z'],
    ['2026-11-30T09:15:02.12+02:00', '2026-11-30T07:15:02.120Z'],
    ['2026-11-30T09:15:02Z', '2026-11-30T09:15:02.000Z'],
    ['2026-11-30T09:15:02z', '2026-11-30T09:15:02.000Z'],
    ['2026-11-30T00:30:00-05:00', '2026-11-30T05:30:00.000Z'],
    ['2026-11-30T00:30:00+0530', '2026-11-29T19:00:00.000Z'],
    ['2026-11-30T09:15', '2026-11-30T09:15:00.000Z'],
    ['2026-11-30 09:15:02', '2026-11-30T09:15:02.000Z'],
    ['2026-11-30T09:15:02.1234567', '2026-11-30T09:15:02.123Z'],
    ['2026-11-30', '2026-11-30T00:00:00.000Z'],
    ['/Date(1764490502123)/', '2025-11-30T08:15:02.123Z'],
    ['/Date(1764490502123+0100)/', '2025-11-30T08:15:02.123Z'],
  ])('%s reads as %s', (raw, expected) => {
    expect(readTimestamp(raw)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['yesterday'],
    ['2026-13-01T00:00:00Z'],
    ['2026-02-30T00:00:00Z'],
    ['2026-11-30T25:00:00Z'],
    [1764490502123],
    [{}],
  ])('%j reads as null', (raw) => {
    expect(readTimestamp(raw)).toBeNull();
  });
});
