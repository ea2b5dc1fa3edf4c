// Keeps the quick-invoice draft in storage.local so it survives the popup closing, which it does
// on any click outside. Reading is defensive: a draft written by an older version, or edited by
// hand, gives back what can still be read plus a flag, never an exception.

import browser from 'webextension-polyfill';
import { isIsoDate, todayLocal } from './dates';
import type { DraftLine, InvoiceDraft } from './draft';
import { DEFAULT_STATUS, defaultDueDate, emptyDraft, emptyLine, newLineKey } from './draft';

export const DRAFT_KEY = 'invoiceDraft';
const DRAFT_VERSION = 1;

export interface RestoredDraft {
  draft: InvoiceDraft;
  /** True when a stored draft existed but some or all of it could not be read. */
  damaged: boolean;
}

type Loose = Record<string, unknown>;

function asObject(value: unknown): Loose | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : null;
}

function readId(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  // Older records may hold numbers where this version keeps the typed text.
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

function readLine(raw: unknown): { line: DraftLine; damaged: boolean } | null {
  const stored = asObject(raw);
  if (stored === null) return null;
  const fallback = emptyLine();
  const workTypeId = readId(stored['workTypeId']);
  const taxId = readId(stored['taxId']);
  const description = readText(stored['description']);
  const quantity = readText(stored['quantity']);
  const price = readText(stored['price']);
  const line: DraftLine = {
    key: typeof stored['key'] === 'string' && stored['key'] !== '' ? stored['key'] : newLineKey(),
    workTypeId: workTypeId ?? null,
    description: description ?? fallback.description,
    quantity: quantity ?? fallback.quantity,
    price: price ?? fallback.price,
    taxId: taxId ?? null,
  };
  const damaged = [workTypeId, taxId, description, quantity, price].some((value) => value === undefined);
  return { line, damaged };
}

/**
 * Turns a stored value into a draft. Fields that cannot be read fall back to the defaults, and a
 * default issue date moves to `today` (with the due date following) so yesterday's draft is not
 * issued in the past by accident.
 */
export function normalizeDraft(raw: unknown, today: string = todayLocal()): RestoredDraft {
  const base = emptyDraft(today);
  const stored = asObject(raw);
  if (stored === null) {
    return { draft: base, damaged: true };
  }
  let damaged = stored['version'] !== DRAFT_VERSION;
  const note = (ok: boolean): void => {
    damaged ||= !ok;
  };

  const clientId = readId(stored['clientId']);
  note(clientId !== undefined);
  const currencyId = readId(stored['currencyId']);
  note(currencyId !== undefined);

  const issuedOnEdited = stored['issuedOnEdited'] === true;
  const storedIssuedOn = typeof stored['issuedOn'] === 'string' && isIsoDate(stored['issuedOn']) ? stored['issuedOn'] : null;
  note(storedIssuedOn !== null);
  const issuedOn = issuedOnEdited && storedIssuedOn !== null ? storedIssuedOn : today;

  const storedDueDate = typeof stored['dueDate'] === 'string' && isIsoDate(stored['dueDate']) ? stored['dueDate'] : null;
  const dueDateEdited = stored['dueDateEdited'] === true && storedDueDate !== null;
  const dueDays = typeof stored['clientDueDays'] === 'number' ? stored['clientDueDays'] : null;
  const keepDueDate = storedDueDate !== null && (dueDateEdited || issuedOn === storedIssuedOn);
  const dueDate = keepDueDate ? storedDueDate : defaultDueDate(issuedOn, dueDays);

  const rawLines = Array.isArray(stored['lines']) ? stored['lines'] : [];
  note(Array.isArray(stored['lines']));
  const lines: DraftLine[] = [];
  for (const rawLine of rawLines) {
    const read = readLine(rawLine);
    note(read !== null && !read.damaged);
    if (read) lines.push(read.line);
  }

  const gatewayNames = Array.isArray(stored['gatewayNames']) ? stored['gatewayNames'].filter((name): name is string => typeof name === 'string') : null;
  const status = stored['status'] === 'Draft' || stored['status'] === 'Unpaid' ? stored['status'] : DEFAULT_STATUS;
  note(stored['status'] === status);

  return {
    draft: {
      clientId: clientId ?? null,
      currencyId: currencyId ?? null,
      issuedOn,
      issuedOnEdited: issuedOnEdited && storedIssuedOn !== null,
      dueDate,
      dueDateEdited,
      lines: lines.length > 0 ? lines : base.lines,
      gatewayNames,
      status,
    },
    damaged,
  };
}

/** Returns the stored draft, or null when there is none. */
export async function loadDraft(today?: string): Promise<RestoredDraft | null> {
  const { [DRAFT_KEY]: raw } = await browser.storage.local.get(DRAFT_KEY);
  return raw === undefined ? null : normalizeDraft(raw, today);
}

/**
 * Stores the draft. `clientDueDays` is kept beside it so a restored draft whose issue date moved
 * to today can recompute the client's due date before the lookup lists are read.
 */
export async function saveDraft(draft: InvoiceDraft, clientDueDays: number | null = null): Promise<void> {
  await browser.storage.local.set({ [DRAFT_KEY]: { ...draft, clientDueDays, version: DRAFT_VERSION, savedAt: Date.now() } });
}

export async function discardDraft(): Promise<void> {
  await browser.storage.local.remove(DRAFT_KEY);
}
