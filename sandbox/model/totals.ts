/**
 * Item and invoice amounts. The discount applies before tax, and every amount is rounded to
 * cents per item, so the invoice totals are exact sums of the item amounts.
 */
import type { Invoice, InvoiceItem } from './types';

export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

type ItemInput = Pick<InvoiceItem, 'quantity' | 'cost' | 'taxPercentage' | 'discountPercentage'>;
type ItemAmounts = Pick<InvoiceItem, 'subTotal' | 'discount' | 'tax' | 'total'>;

export function computeItemAmounts(item: ItemInput): ItemAmounts {
  const subTotal = roundCents(item.quantity * item.cost);
  const discount = roundCents((subTotal * item.discountPercentage) / 100);
  const tax = roundCents(((subTotal - discount) * item.taxPercentage) / 100);
  return { subTotal, discount, tax, total: roundCents(subTotal - discount + tax) };
}

/** Sets the invoice's SubTotal, Discount, Tax and Total from its items. */
export function applyInvoiceTotals(invoice: Invoice): void {
  let subTotal = 0;
  let discount = 0;
  let tax = 0;
  for (const item of invoice.items) {
    subTotal += item.subTotal;
    discount += item.discount;
    tax += item.tax;
  }
  invoice.subTotal = roundCents(subTotal);
  invoice.discount = roundCents(discount);
  invoice.tax = roundCents(tax);
  invoice.total = roundCents(subTotal - discount + tax);
}

/** Amount still owed; never negative. */
export function balanceDue(invoice: Invoice): number {
  const paid = invoice.payments.reduce((sum, payment) => sum + payment.amount, 0);
  return Math.max(0, roundCents(invoice.total - paid));
}
