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

function checkNumber(parsed: ParsedNumber, names: { required: string; invalid: string }, locale: string | undefined): FieldError | number {
  if (parsed.ok) {
    return parsed.value;
  }
  return parsed.reason === 'empty' ? { key: names.required } : { key: names.invalid, substitutions: numberExample(locale) };
}

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

  const quantity = checkNumber(parseLocaleNumber(line.quantity, locale), { required: 'invoice_error_quantity_required', invalid: 'invoice_error_quantity_invalid' }, locale);
  if (typeof quantity === 'number' && quantity <= 0) {
    errors[lineFieldId(line, 'quantity')] = { key: 'invoice_error_quantity_not_positive' };
  } else if (typeof quantity !== 'number') {
    errors[lineFieldId(line, 'quantity')] = quantity;
  }

  const price = checkNumber(parseLocaleNumber(line.price, locale), { required: 'invoice_error_price_required', invalid: 'invoice_error_price_invalid' }, locale);
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

/** Amounts for the running totals: unreadable numbers count as 0 until the user fixes them. */
export function draftAmountInputs(draft: InvoiceDraft, lookups: Lookups, locale?: string): LineAmountsInput[] {
  const read = (text: string): number => {
    const parsed = parseLocaleNumber(text, locale);
    return parsed.ok ? parsed.value : 0;
  };
  return draft.lines.map((line) => ({
    quantity: read(line.quantity),
    price: read(line.price),
    taxPercentage: lookups.taxes.find((tax) => tax.id === line.taxId)?.percentage ?? null,
  }));
}
