// Creates an invoice at most once per submission. Two guards: a promise shared by every call
// while one create is in flight (a double click sends one request), and the persisted submission
// record (a lost response or a closed popup leads to an existence check, never a blind resend).

import type { EnvoiceError, EnvoiceErrorKind } from '../api/errors';
import { isEnvoiceError } from '../api/errors';
import type { EnvoiceApi, InvoiceSummary, NewInvoiceRequest } from '../api/types';
import { findSubmittedInvoice } from './find-invoice';
import type { CreatedInvoice, Submission } from './submission';
import { clearSubmission, markerNote, newMarker, readSubmission, writeSubmission } from './submission';

export type CreateOutcome =
  /** `recovered` is true when the invoice was found by the existence check after a lost response. */
  | { kind: 'created'; invoice: CreatedInvoice; recovered: boolean }
  /** Envoice responded and created nothing (a rejection, a bad key, a rate limit…), so the form can be fixed and sent. */
  | { kind: 'rejected'; error: EnvoiceError }
  /** The response was lost, and Envoice has no such invoice, so sending again is safe. */
  | { kind: 'not-found'; cause: EnvoiceErrorKind | null }
  /** The response was lost and the check could not run either (still offline, say). */
  | { kind: 'unknown'; error: EnvoiceError }
  /** The request may still be running in the worker (the popup that sent it closed): check again, at the latest at `until` (epoch ms). */
  | { kind: 'in-flight'; until: number };

/**
 * Time after sending a create during which the worker may still wait for its response: the
 * client's timeout plus 5 s for the message hops and a restarting worker. Until then "not found"
 * only means "not yet", so sending again is not yet safe.
 * The timeout is DEFAULT_TIMEOUT_MS in ../api/client.ts, copied because importing that module
 * brings the HTTP client into the popup. A test keeps the two equal.
 */
export const IN_FLIGHT_WINDOW_MS = 15_000 + 5_000;

/** Failures after which the request may have been carried out although no response arrived. */
const UNCERTAIN_KINDS: ReadonlySet<EnvoiceErrorKind> = new Set(['timeout', 'network', 'server', 'invalid-response']);

export function isAnswerLost(error: EnvoiceError): boolean {
  return UNCERTAIN_KINDS.has(error.kind);
}

export interface SubmitterOptions {
  api: EnvoiceApi;
  /** ISO 4217 code of the request's currency, for the field match when notes are unavailable. */
  currencyCode: (request: NewInvoiceRequest) => string | null;
  clientOf?: (clientId: number) => { name: string; email: string | null } | undefined;
  now?: () => number;
  makeMarker?: () => string;
}

function toCreated(invoice: InvoiceSummary, fallbackCurrency: string | null, fallbackClient?: { name: string; email: string | null }): CreatedInvoice {
  return {
    id: invoice.id,
    number: invoice.number,
    total: invoice.total,
    currencyCode: invoice.currency?.code ?? fallbackCurrency,
    clientId: invoice.clientId,
    clientName: invoice.clientName ?? fallbackClient?.name ?? null,
    clientEmail: invoice.clientEmail ?? fallbackClient?.email ?? null,
  };
}

function asEnvoiceError(error: unknown): EnvoiceError {
  if (isEnvoiceError(error)) {
    return error;
  }
  throw error;
}

export class InvoiceSubmitter {
  private inFlight: Promise<CreateOutcome | null> | null = null;

  constructor(private readonly options: SubmitterOptions) {}

  get busy(): boolean {
    return this.inFlight !== null;
  }

  /**
   * Sends the request unless a create is already running (its outcome is shared) or an earlier
   * submission's fate is unknown (that one is checked first and its outcome returned instead).
   */
  async submit(request: NewInvoiceRequest): Promise<CreateOutcome> {
    if (this.inFlight !== null) {
      const shared = await this.inFlight;
      if (shared !== null) {
        return shared;
      }
    }
    const outcome = await this.once(async () => {
      const pending = await readSubmission();
      if (pending !== null && (pending.phase === 'sending' || pending.phase === 'uncertain')) {
        return await this.check(pending);
      }
      // After a "not found" check the same reference is reused, so a late duplicate would still be findable.
      const marker = pending?.phase === 'not-found' ? pending.marker : (this.options.makeMarker ?? newMarker)();
      return await this.send(marker, request);
    });
    // The callback above always produces an outcome; null comes only from checkPending.
    return outcome ?? { kind: 'not-found', cause: null };
  }

  /** Runs the existence check for a stored submission whose response was lost; null when there is none. */
  checkPending(): Promise<CreateOutcome | null> {
    return this.once(async () => {
      const pending = await readSubmission();
      if (pending === null || (pending.phase !== 'sending' && pending.phase !== 'uncertain')) {
        return null;
      }
      return await this.check(pending);
    });
  }

  /** Starts `run` unless another run is in flight, whose promise is returned instead. */
  private once(run: () => Promise<CreateOutcome | null>): Promise<CreateOutcome | null> {
    if (this.inFlight === null) {
      this.inFlight = run().finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private async send(marker: string, request: NewInvoiceRequest): Promise<CreateOutcome> {
    const startedAt = this.now();
    await writeSubmission({ phase: 'sending', marker, request, startedAt });
    try {
      const invoice = await this.options.api.createInvoice({ ...request, notes: markerNote(marker) });
      return await this.recordCreated(marker, invoice, request, false);
    } catch (caught) {
      const error = asEnvoiceError(caught);
      if (!isAnswerLost(error)) {
        await clearSubmission();
        return { kind: 'rejected', error };
      }
      const uncertain: Submission = { phase: 'uncertain', marker, request, startedAt, errorKind: error.kind };
      await writeSubmission(uncertain);
      return await this.check(uncertain);
    }
  }

  private async check(pending: Extract<Submission, { phase: 'sending' | 'uncertain' }>): Promise<CreateOutcome> {
    const { marker, request, startedAt } = pending;
    let found: InvoiceSummary | null;
    try {
      found = await findSubmittedInvoice(this.options.api, marker, request, this.options.currencyCode(request));
    } catch (caught) {
      const error = asEnvoiceError(caught);
      // A record still "sending" keeps that phase, so a later check still waits out the in-flight window.
      if (pending.phase === 'uncertain') {
        await writeSubmission({ phase: 'uncertain', marker, request, startedAt, errorKind: error.kind });
      }
      return { kind: 'unknown', error };
    }
    if (found !== null) {
      return await this.recordCreated(marker, found, request, true);
    }
    if (pending.phase === 'sending' && this.now() - startedAt < IN_FLIGHT_WINDOW_MS) {
      return { kind: 'in-flight', until: startedAt + IN_FLIGHT_WINDOW_MS };
    }
    await writeSubmission({ phase: 'not-found', marker, request, startedAt });
    return { kind: 'not-found', cause: pending.phase === 'uncertain' ? pending.errorKind : null };
  }

  private async recordCreated(marker: string, invoice: InvoiceSummary, request: NewInvoiceRequest, recovered: boolean): Promise<CreateOutcome> {
    const created = toCreated(invoice, this.options.currencyCode(request), this.options.clientOf?.(request.clientId));
    await writeSubmission({ phase: 'created', marker, invoice: created, createdAt: this.now() });
    return { kind: 'created', invoice: created, recovered };
  }
}
