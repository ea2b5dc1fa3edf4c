/**
 * The deviations from the schema that the service's published examples show, reproduced
 * deterministically so that a client must survive each of them on every run:
 * - enum fields arrive as the index in the document's enum order on some records;
 * - timestamps use one of four forms, chosen per record (see `formatTimestamp`);
 * - activities carry a `CreatedOn` that the schema lacks, except on some entries.
 * With quirks off, enums are names, nulls are left out and activities have no `CreatedOn`.
 */
export interface QuirkRules {
  enabled: boolean;
}

/** Invoice `Status` in lists: an integer on odd invoice ids. */
export function listStatusAsInteger(rules: QuirkRules, invoiceId: number): boolean {
  return rules.enabled && invoiceId % 2 === 1;
}

/** Invoice `Status` in details: an integer on invoice ids divisible by 3. */
export function detailsStatusAsInteger(rules: QuirkRules, invoiceId: number): boolean {
  return rules.enabled && invoiceId % 3 === 0;
}

/** Activity `Type`: an integer on activity ids divisible by 3. */
export function activityTypeAsInteger(rules: QuirkRules, activityId: number): boolean {
  return rules.enabled && activityId % 3 === 0;
}

/** Payment `Type`: an integer on even payment ids. */
export function paymentTypeAsInteger(rules: QuirkRules, paymentId: number): boolean {
  return rules.enabled && paymentId % 2 === 0;
}

/** Activities without `CreatedOn`: ids that leave 5 when divided by 8, and all of them with quirks off. */
export function activityHasCreatedOn(rules: QuirkRules, activityId: number): boolean {
  return rules.enabled && activityId % 8 !== 5;
}

/** Encodes an enum value as its name or as its index in `names`. */
export function encodeEnum(names: readonly string[], value: string, asInteger: boolean): string | number {
  const index = names.indexOf(value);
  return asInteger && index >= 0 ? index : value;
}

/** Removes null-valued properties recursively, for responses without quirks. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== null) out[key] = dropNulls(entry);
  }
  return out;
}
