// Turns a failure into the StoredError that the sync status carries.
// TODO: switch to toStoredError from src/shared/error-display.ts once it exists.

import type { StoredError } from '../shared/api/errors';
import { EnvoiceError } from '../shared/api/errors';

export function storedErrorOf(error: EnvoiceError, at: number): StoredError {
  const message = error.kind === 'api-fault' && error.userMessage !== undefined ? error.userMessage : error.message;
  return error.retryAfterMs === undefined ? { kind: error.kind, message, at } : { kind: error.kind, message, retryAfterMs: error.retryAfterMs, at };
}

/** Wraps anything an API call threw that is not an EnvoiceError, so one bad response cannot stall syncing. */
export function asEnvoiceError(error: unknown): EnvoiceError {
  if (error instanceof EnvoiceError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new EnvoiceError('invalid-response', `Unexpected failure while reading the API: ${message}`, { cause: error });
}
