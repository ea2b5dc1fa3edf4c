// Invoice amounts, rounded per line: each line is rounded to the currency's minor units first (net,
// then tax on the net), and the invoice totals are sums of the rounded lines.
// NOTE: Envoice does not document its rounding; this is the sandbox's rule, so a total shown here
// may differ from the real service's by a minor unit.

import { minorUnitDigits, roundTo } from './money';

export interface LineAmountsInput {
  quantity: number;
  price: number;
  /** Percent, so 19 means 19 %; null when the line has no tax. */
  taxPercentage: number | null;
}

export interface Amounts {
  subTotal: number;
  tax: number;
  total: number;
}

export function computeLineAmounts(line: LineAmountsInput, currencyCode: string | null | undefined): Amounts {
  const digits = minorUnitDigits(currencyCode);
  const subTotal = roundTo(line.quantity * line.price, digits);
  const tax = roundTo((subTotal * (line.taxPercentage ?? 0)) / 100, digits);
  return { subTotal, tax, total: roundTo(subTotal + tax, digits) };
}

export function computeInvoiceAmounts(lines: readonly LineAmountsInput[], currencyCode: string | null | undefined): Amounts {
  const digits = minorUnitDigits(currencyCode);
  let subTotal = 0;
  let tax = 0;
  for (const line of lines) {
    const amounts = computeLineAmounts(line, currencyCode);
    subTotal += amounts.subTotal;
    tax += amounts.tax;
  }
  return { subTotal: roundTo(subTotal, digits), tax: roundTo(tax, digits), total: roundTo(subTotal + tax, digits) };
}
