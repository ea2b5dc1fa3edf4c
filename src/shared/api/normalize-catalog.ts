// Converters for the account's reference data: clients, work types, taxes, currencies and payment
// gateways. Each takes the parsed JSON of one response and returns the types in types.ts.

import type { Client, Currency, PaymentGateway, Tax, WorkType } from './types';
import type { JsonRecord } from './normalize-values';
import {
  field,
  isRecord,
  readArray,
  readNumber,
  readOptionalId,
  readOptionalNumber,
  readOptionalString,
  requireArray,
  requireId,
} from './normalize-values';
import { EnvoiceError } from './errors';

/** Applies `convert` to each entry of a list response; `path` names the list in error messages. */
export function mapRecords<T>(body: unknown, path: string, convert: (record: JsonRecord, path: string) => T): T[] {
  return requireArray(body, path).map((entry, index) => {
    const entryPath = `${path}[${index}]`;
    if (!isRecord(entry)) {
      throw new EnvoiceError('invalid-response', `Envoice sent ${entryPath} that is not an object.`);
    }
    return convert(entry, entryPath);
  });
}

export function normalizeClient(record: JsonRecord, path = 'client'): Client {
  const email = readOptionalString(field(record, 'Email'));
  return {
    id: requireId(field(record, 'Id'), `${path}.Id`),
    // The service allows clients without a name; the email is what the user typed instead.
    name: readOptionalString(field(record, 'Name')) ?? email ?? '',
    email,
    currencyId: readOptionalId(field(record, 'ClientCurrencyId')),
    countryId: readOptionalId(field(record, 'ClientCountryId')),
    defaultDueDays: readOptionalNumber(field(record, 'DefaultDueDateInDays')),
  };
}

export function normalizeWorkType(record: JsonRecord, path = 'work type'): WorkType {
  return {
    id: requireId(field(record, 'Id'), `${path}.Id`),
    title: readOptionalString(field(record, 'Title')) ?? '',
  };
}

export function normalizeTax(record: JsonRecord, path = 'tax'): Tax {
  return {
    id: requireId(field(record, 'Id'), `${path}.Id`),
    name: readOptionalString(field(record, 'Name')) ?? '',
    percentage: readNumber(field(record, 'Percentage')),
  };
}

/** Reads a currency from the currency list, where an id is needed to create invoices. */
export function normalizeCurrency(record: JsonRecord, path = 'currency'): Currency {
  return { ...readCurrencyFields(record), id: requireId(field(record, 'Id'), `${path}.Id`) };
}

/**
 * Reads the currency embedded in an invoice, which may lack an id (then 0, never a real id) or
 * arrive as a bare code such as "EUR". Returns null when neither a code nor an id is there.
 */
export function readEmbeddedCurrency(raw: unknown): Currency | null {
  if (typeof raw === 'string' && raw.trim() !== '') {
    return { id: 0, code: raw.trim(), name: null, symbol: null };
  }
  if (!isRecord(raw)) {
    return null;
  }
  const currency = { ...readCurrencyFields(raw), id: readOptionalId(field(raw, 'Id')) ?? 0 };
  return currency.code === '' && currency.id === 0 ? null : currency;
}

const ALPHABETIC_CODE = /^[A-Za-z]{3}$/;

/**
 * Picks the alphabetic ISO 4217 code ("EUR"), which Intl needs to format money. The API document
 * describes `Value` as the alpha code and `Code` as the numeric one ("978"), but examples put the
 * alpha code in `Code` too, so the field that contains three letters wins. Otherwise `Code` is used, then `Value`.
 */
function readCurrencyCode(record: JsonRecord): string {
  const candidates = [readOptionalString(field(record, 'Value')), readOptionalString(field(record, 'Code'))];
  const alphabetic = candidates.find((candidate) => candidate !== null && ALPHABETIC_CODE.test(candidate.trim()));
  return alphabetic?.trim().toUpperCase() ?? candidates[1] ?? candidates[0] ?? '';
}

function readCurrencyFields(record: JsonRecord): Omit<Currency, 'id'> {
  return {
    code: readCurrencyCode(record),
    name: readOptionalString(field(record, 'Name')),
    symbol: readOptionalString(field(record, 'Symbol')),
  };
}

export function normalizePaymentGateway(record: JsonRecord, path = 'payment gateway'): PaymentGateway {
  const name = readOptionalString(field(record, 'Name'));
  if (name === null) {
    throw new EnvoiceError('invalid-response', `Envoice sent no ${path}.Name.`);
  }
  const supportedCurrencies = readArray(field(record, 'SupportedCurrencies'))
    .map((entry) => (isRecord(entry) ? readCurrencyFields(entry).code : (readOptionalString(entry) ?? '')))
    .filter((code) => code !== '');
  return { name, supportedCurrencies };
}
