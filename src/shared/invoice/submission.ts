// The persisted record of one invoice submission. It is written before the create request leaves,
// so a popup that closes mid-request (or a lost response) leaves a trace. The next attempt first
// checks whether Envoice has the invoice instead of sending it again.

import browser from 'webextension-polyfill';
import type { EnvoiceErrorKind } from '../api/errors';
import type { NewInvoiceRequest } from '../api/types';

export const SUBMISSION_KEY = 'invoiceSubmission';

export interface CreatedInvoice {
  id: number;
  number: string | null;
  total: number;
  currencyCode: string | null;
  clientId: number | null;
  clientName: string | null;
  clientEmail: string | null;
}

export type Submission =
  /** The request was sent (or is about to be) and no response has arrived yet. */
  | { phase: 'sending'; marker: string; request: NewInvoiceRequest; startedAt: number }
  /** The response was lost and the existence check could not run or has not run yet. */
  | { phase: 'uncertain'; marker: string; request: NewInvoiceRequest; startedAt: number; errorKind: EnvoiceErrorKind }
  /** The existence check found nothing, so sending again cannot duplicate the invoice. */
  | { phase: 'not-found'; marker: string; request: NewInvoiceRequest; startedAt: number }
  /** `emailedAt` (epoch ms) is set once Envoice emailed the invoice, so a reopened popup does not offer it again unasked. */
  | { phase: 'created'; marker: string; invoice: CreatedInvoice; createdAt: number; emailedAt?: number };

/** Makes the reference placed in the invoice's internal note; random, so no two users share one. */
export function newMarker(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Writes the note text carrying the marker. Stored in the account, so it is English on purpose. */
export function markerNote(marker: string): string {
  return `Created with Envoice Companion (ref. ${marker})`;
}

function isSubmission(value: unknown): value is Submission {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const stored = value as Partial<Record<string, unknown>>;
  if (typeof stored['marker'] !== 'string') {
    return false;
  }
  if (stored['phase'] === 'created') {
    return typeof stored['invoice'] === 'object' && stored['invoice'] !== null && typeof (stored['invoice'] as { id?: unknown }).id === 'number';
  }
  const phases: unknown[] = ['sending', 'uncertain', 'not-found'];
  return phases.includes(stored['phase']) && typeof stored['request'] === 'object' && stored['request'] !== null && typeof stored['startedAt'] === 'number';
}

/** Returns the stored submission; an unreadable one is treated as none, since it cannot be checked anyway. */
export async function readSubmission(): Promise<Submission | null> {
  const { [SUBMISSION_KEY]: raw } = await browser.storage.local.get(SUBMISSION_KEY);
  return isSubmission(raw) ? raw : null;
}

export async function writeSubmission(submission: Submission): Promise<void> {
  await browser.storage.local.set({ [SUBMISSION_KEY]: submission });
}

export async function clearSubmission(): Promise<void> {
  await browser.storage.local.remove(SUBMISSION_KEY);
}

/** Records on the stored created invoice that it was emailed; a no-op when another record replaced it. */
export async function markEmailed(invoiceId: number): Promise<void> {
  const stored = await readSubmission();
  if (stored?.phase === 'created' && stored.invoice.id === invoiceId) await writeSubmission({ ...stored, emailedAt: Date.now() });
}
