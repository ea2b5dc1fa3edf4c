/** Checks and prices the `Items` of an InvoiceCreateApiModel. */
import type { ApiError, Outcome } from './errors';
import { computeItemAmounts } from './totals';
import type { Account, InvoiceItem } from './types';

type Body = Record<string, unknown>;

function invalid(code: string, message: string): ApiError {
  return { code, group: 'InvoiceItem', message };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads a percent in [0, 100]: 0 when absent, null when invalid. */
function percentage(value: unknown): number | null {
  if (value === undefined || value === null) return 0;
  return isNumber(value) && value >= 0 && value <= 100 ? value : null;
}

/** Returns items without ids; TaxId wins over TaxPercentage when both are given. */
export function parseItems(account: Account, value: unknown): Outcome<Omit<InvoiceItem, 'id'>[]> {
  if (!Array.isArray(value) || value.length === 0) {
    return { ok: false, errors: [invalid('ItemsRequired', 'Please add at least one item.')] };
  }

  const errors: ApiError[] = [];
  const items: Omit<InvoiceItem, 'id'>[] = [];
  value.forEach((raw: unknown, index) => {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Body;
    const position = index + 1;
    const workType = account.workTypes.find((candidate) => candidate.id === item['WorkTypeId']);
    if (!workType) errors.push(invalid('WorkTypeRequired', `Please choose a work type for item ${position}.`));

    const quantity = item['Quantity'];
    if (!isNumber(quantity) || quantity <= 0) errors.push(invalid('InvalidQuantity', `The quantity of item ${position} must be a number above 0.`));
    const cost = item['Cost'];
    if (!isNumber(cost) || cost < 0) errors.push(invalid('InvalidCost', `The cost of item ${position} must be a number of 0 or more.`));

    const tax = item['TaxId'] === undefined || item['TaxId'] === null ? null : account.taxes.find((candidate) => candidate.id === item['TaxId']);
    if (tax === undefined) errors.push(invalid('UnknownTax', `The tax of item ${position} was not found.`));
    const taxPercentage = tax ? tax.percentage : percentage(item['TaxPercentage']);
    if (taxPercentage === null) errors.push(invalid('InvalidTax', `The tax percentage of item ${position} must be between 0 and 100.`));
    const discountPercentage = percentage(item['DiscountPercentage']);
    if (discountPercentage === null) errors.push(invalid('InvalidDiscount', `The discount percentage of item ${position} must be between 0 and 100.`));

    if (!workType || !isNumber(quantity) || !isNumber(cost) || taxPercentage === null || discountPercentage === null) return;
    const input = { quantity, cost, taxPercentage, discountPercentage };
    items.push({
      workTypeId: workType.id,
      description: typeof item['Description'] === 'string' ? item['Description'] : null,
      taxId: tax ? tax.id : null,
      ...input,
      ...computeItemAmounts(input),
    });
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: items };
}
