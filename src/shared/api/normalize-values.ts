// Readers for single values in Envoice responses. They accept the variants the service is known to
// send (enums as names or indexes, numbers as numeric strings, nulls for absent text) and never
// throw, except `requireId`, which names the missing field in an `invalid-response` error.

import type { UnknownEnumValue } from './enums';
import { EnvoiceError } from './errors';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a property by its schema name, falling back to a case-insensitive match, because .NET
 * services switch between `Duedate`, `DueDate` and `dueDate` with their serializer settings.
 */
export function field(record: JsonRecord, name: string): unknown {
  if (name in record) {
    return record[name];
  }
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

/**
 * Maps an enum sent as a zero-based index or as a name (any letter case) to the schema's name.
 * Anything else is kept as `Unknown(<raw>)`, so a value added by a later API version is shown
 * instead of being dropped.
 */
export function readEnum<Name extends string>(names: readonly Name[], raw: unknown): Name | UnknownEnumValue {
  const index = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof index === 'number' && Number.isInteger(index)) {
    const name = names[index];
    if (name !== undefined) {
      return name;
    }
  }
  if (typeof raw === 'string') {
    const lower = raw.trim().toLowerCase();
    const name = names.find((candidate) => candidate.toLowerCase() === lower);
    if (name !== undefined) {
      return name;
    }
  }
  return `Unknown(${describeRaw(raw)})`;
}

/** Characters of a raw value kept in `Unknown(...)` names and error messages. */
const MAX_RAW_LENGTH = 60;

function describeRaw(raw: unknown): string {
  if (raw === undefined) {
    return 'missing';
  }
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return text.length > MAX_RAW_LENGTH ? `${text.slice(0, MAX_RAW_LENGTH)}…` : text;
}

/** Reads optional text: a missing, `null`, blank or non-string value becomes `null`. */
export function readOptionalString(raw: unknown): string | null {
  return typeof raw === 'string' && raw.trim() !== '' ? raw : null;
}

/** Reads a finite number, accepting numeric strings such as "12.50"; anything else is `null`. */
export function readOptionalNumber(raw: unknown): number | null {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? raw : null;
  }
  if (typeof raw === 'string' && raw.trim() !== '') {
    const parsed = Number(raw);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** Reads an amount or quantity; a missing or unreadable one counts as 0. */
export function readNumber(raw: unknown): number {
  return readOptionalNumber(raw) ?? 0;
}

/** Reads an optional integer id; ids are positive in every Envoice model, so 0 and below are `null`. */
export function readOptionalId(raw: unknown): number | null {
  const value = readOptionalNumber(raw);
  return value !== null && Number.isInteger(value) && value > 0 ? value : null;
}

/**
 * Reads a required id. `path` names the field in the response (for example `Result[3].Id`), so
 * the error names exactly what the service left out.
 */
export function requireId(raw: unknown, path: string): number {
  const id = readOptionalId(raw);
  if (id === null) {
    throw new EnvoiceError('invalid-response', `Envoice sent no valid ${path} (got ${describeRaw(raw)}).`);
  }
  return id;
}

/**
 * Reads a required array. A missing or non-array value is an `invalid-response` naming `path`,
 * because an empty list and a broken response must not look alike to the sync engine.
 */
export function requireArray(raw: unknown, path: string): unknown[] {
  if (!Array.isArray(raw)) {
    throw new EnvoiceError('invalid-response', `Envoice sent no ${path} list (got ${describeRaw(raw)}).`);
  }
  return raw;
}

/** Reads an optional array; anything that is not an array is an empty list. */
export function readArray(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw : [];
}
