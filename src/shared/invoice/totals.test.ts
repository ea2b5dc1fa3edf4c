import { describe, expect, it } from 'vitest';
import { minorUnitDigits, roundTo } from './money';
import { computeInvoiceAmounts, computeLineAmounts } from './totals';

describe('roundTo', () => {
  it('rounds half away from zero', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(1234.5, 0)).toBe(1235);
  });

  it('keeps huge amounts finite', () => {
    expect(roundTo(999999999999 * 999999999999, 2)).toBe(999999999999 * 999999999999);
  });
});

describe('minorUnitDigits', () => {
  it('follows the currency', () => {
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('BHD')).toBe(3);
  });

  it('falls back to two for codes Intl rejects', () => {
    expect(minorUnitDigits('978')).toBe(2);
    expect(minorUnitDigits(null)).toBe(2);
  });
});

describe('computeLineAmounts', () => {
  it('rounds the net before taxing it', () => {
    expect(computeLineAmounts({ quantity: 1.5, price: 19.99, taxPercentage: 19 }, 'EUR')).toEqual({ subTotal: 29.99, tax: 5.7, total: 35.69 });
  });

  it('treats a missing tax as none', () => {
    expect(computeLineAmounts({ quantity: 3, price: 0.1, taxPercentage: null }, 'USD')).toEqual({ subTotal: 0.3, tax: 0, total: 0.3 });
  });

  it('rounds to whole yen', () => {
    expect(computeLineAmounts({ quantity: 1, price: 999.5, taxPercentage: 10 }, 'JPY')).toEqual({ subTotal: 1000, tax: 100, total: 1100 });
  });
});

describe('computeInvoiceAmounts', () => {
  it('sums rounded lines', () => {
    const amounts = computeInvoiceAmounts(
      [
        { quantity: 1, price: 0.333, taxPercentage: 8.1 },
        { quantity: 1, price: 0.333, taxPercentage: 8.1 },
        { quantity: 1, price: 0.333, taxPercentage: 8.1 },
      ],
      'CHF',
    );
    expect(amounts.subTotal).toBe(0.99);
    expect(amounts.tax).toBe(0.09);
    expect(amounts.total).toBe(1.08);
  });

  it('is zero without lines', () => {
    expect(computeInvoiceAmounts([], 'EUR')).toEqual({ subTotal: 0, tax: 0, total: 0 });
  });
});
