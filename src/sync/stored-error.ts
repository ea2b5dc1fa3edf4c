// Wraps anything an API call threw that is not an EnvoiceError, so one bad response cannot stall syncing.

import { EnvoiceError } from '../shared/api/errors';

export function asEnvoiceError(error: unknown): EnvoiceError {
  if (error instanceof EnvoiceError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new EnvoiceError('invalid-response', `Unexpected failure while reading the API: ${message}`, { cause: error });
}
