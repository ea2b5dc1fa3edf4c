// Checks a draft against the lookup lists and turns it into the request the API takes. Errors are
// message keys per field id, so the view can show each one next to its field in plain words.

import type { NewInvoiceItem, NewInvoiceRequest } from '../api/types';
import { isIsoDate } from './dates';
import type { DraftLine, InvoiceDraft } from './draft';
import { effectiveGatewayNames, gatewaysForCurrency } from './gateways';
import type { Lookups } from './lookups';
import { parseLocaleNumber } from './parse-number';
import type { ParsedNumber } from './parse-number';
import type { LineAmountsInput } from './totals';

export interface FieldError {
  /** Message key in _locales. */
  key: string;
  substitutions?: string[];
}

/** Field ids: `client`, `currency`, `issuedOn`, `dueDate`, `lines`, and `<lineKey>.<field>` per line. */
export type FieldErrors = Record<string, FieldError>;

export function lineFieldId(line: DraftLine, field: 'workType' | 'description' | 'quantity' | 'price' | 'tax'): string {
  return `${line.key}.${field}`;
}

/** Tells whether the user has not started on a line; extra blank lines are ignored instead of blocking the form. */
export function isBlankLine(line: DraftLine): boolean {
  return line.description.trim() === '' && line.price.trim() === '' && (line.quantity.trim() === '' || line.quantity.trim() === '1');
}

function numberExample(locale: string | undefined): string[] {
  return [new Intl.NumberFormat(locale).format(1.5)];
}

/**
 * Upper limits for a line. Far above any real quick invoice, and low enough that a line total
 * (at most 10^15) stays a finite number that formats plainly, without exponent notation.
 */
export const MAX_QUANTITY = 1_000_000;
export const MAX_PRICE = 1_000_000_000;

function checkNumber(parsed: ParsedNumber, names: { required: string; invalid: string; tooLarge: string }, max: number, locale: string | undefined): FieldError | number {
  if (parsed.ok) {
    return parsed.value > max ? { key: names.tooLarge, substitutions: [new Intl.NumberFormat(locale).format(max)] } : parsed.value;
  }
  return parsed.reason === 'empty' ? { key: names.required } : { key: names.invalid, substitutions: numberExample(locale) };
}

const QUANTITY_NAMES = { required: 'invoice_error_quantity_required', invalid: 'invoice_error_quantity_invalid', tooLarge: 'invoice_error_quantity_too_large' };
const PRICE_NAMES = { required: 'invoice_error_price_required', invalid: 'invoice_error_price_invalid', tooLarge: 'invoice_error_price_too_large' };

export interface ValidationResult {
  errors: FieldErrors;
  /** Present only when there are no errors. */
  request: NewInvoiceRequest | null;
}

function validateLine(line: DraftLine, lookups: Lookups, locale: string | undefined, errors: FieldErrors): NewInvoiceItem | null {
  const before = Object.keys(errors).length;
  if (line.workTypeId === null || !lookups.workTypes.some((workType) => workType.id === line.workTypeId)) {
    errors[lineFieldId(line, 'workType')] = { key: 'invoice_error_work_type_required' };
  }
  if (line.taxId !== null && !lookups.taxes.some((tax) => tax.id === line.taxId)) {
    errors[lineFieldId(line, 'tax')] = { key: 'invoice_error_tax_unknown' };
  }

  const quantity = checkNumber(parseLocaleNumber(line.quantity, locale), QUANTITY_NAMES, MAX_QUANTITY, locale);
  if (typeof quantity === 'number' && quantity <= 0) {
    errors[lineFieldId(line, 'quantity')] = { key: 'invoice_error_quantity_not_positive' };
  } else if (typeof quantity !== 'number') {
    errors[lineFieldId(line, 'quantity')] = quantity;
  }

  const price = checkNumber(parseLocaleNumber(line.price, locale), PRICE_NAMES, MAX_PRICE, locale);
  if (typeof price === 'number' && price < 0) {
    errors[lineFieldId(line, 'price')] = { key: 'invoice_error_price_negative' };
  } else if (typeof price !== 'number') {
    errors[lineFieldId(line, 'price')] = price;
  }

  if (Object.keys(errors).length > before || typeof quantity !== 'number' || typeof price !== 'number') {
    return null;
  }
  return { workTypeId: line.workTypeId, description: line.description.trim(), quantity, cost: price, taxId: line.taxId, discountPercentage: null };
}

export function validateDraft(draft: InvoiceDraft, lookups: Lookups, lastGateways: readonly string[], locale?: string): ValidationResult {
  const errors: FieldErrors = {};
  if (draft.clientId === null) {
    errors['client'] = { key: 'invoice_error_client_required' };
  } else if (!lookups.clients.some((client) => client.id === draft.clientId)) {
    errors['client'] = { key: 'invoice_error_client_unknown' };
  }
  const currency = lookups.currencies.find((candidate) => candidate.id === draft.currencyId);
  if (currency === undefined) {
    errors['currency'] = { key: 'invoice_error_currency_required' };
  }

  if (!isIsoDate(draft.issuedOn)) {
    errors['issuedOn'] = { key: 'invoice_error_issue_date_invalid' };
  }
  if (!isIsoDate(draft.dueDate)) {
    errors['dueDate'] = { key: 'invoice_error_due_date_invalid' };
  } else if (isIsoDate(draft.issuedOn) && draft.dueDate < draft.issuedOn) {
    errors['dueDate'] = { key: 'invoice_error_due_before_issue' };
  }

  const lines = draft.lines.filter((line) => !isBlankLine(line));
  if (lines.length === 0) {
    errors['lines'] = { key: 'invoice_error_lines_required' };
  }
  const items = lines.map((line) => validateLine(line, lookups, locale, errors));

  if (Object.keys(errors).length > 0 || draft.clientId === null || currency === undefined) {
    return { errors, request: null };
  }
  const gatewayNames = effectiveGatewayNames(draft.gatewayNames, lastGateways, gatewaysForCurrency(lookups.gateways, currency.code));
  return {
    errors,
    request: {
      clientId: draft.clientId,
      currencyId: currency.id,
      issuedOn: draft.issuedOn,
      dueDate: draft.dueDate,
      status: draft.status,
      number: null,
      gatewayNames,
      items: items.filter((item): item is NewInvoiceItem => item !== null),
    },
  };
}

/**
 * Reads the amounts for the running totals, one per line. An empty number counts as 0 until the
 * user fills it in. A line with an unreadable or out-of-range number gets null, because its amount cannot be shown.
 */
export function lineAmountInputs(draft: InvoiceDraft, lookups: Lookups, locale?: string): (LineAmountsInput | null)[] {
  const read = (text: string, max: number): number | null => {
    const parsed = parseLocaleNumber(text, locale);
    if (!parsed.ok) return parsed.reason === 'empty' ? 0 : null;
    return Math.abs(parsed.value) <= max ? parsed.value : null;
  };
  return draft.lines.map((line) => {
    const quantity = read(line.quantity, MAX_QUANTITY);
    const price = read(line.price, MAX_PRICE);
    if (quantity === null || price === null) return null;
    return { quantity, price, taxPercentage: lookups.taxes.find((tax) => tax.id === line.taxId)?.percentage ?? null };
  });
}

/** Reads the amounts of every line, counting an unreadable line as 0, for a sum that must always exist. */
export function draftAmountInputs(draft: InvoiceDraft, lookups: Lookups, locale?: string): LineAmountsInput[] {
  return lineAmountInputs(draft, lookups, locale).map((input) => input ?? { quantity: 0, price: 0, taxPercentage: null });
}
