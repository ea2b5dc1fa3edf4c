// Turns what can go wrong on the wire into one EnvoiceError each: an HTTP status, a fault at 200,
// a thrown fetch. The request function in request.ts is the only caller.

import { EnvoiceError } from './errors';
import { field, isRecord, readArray, readOptionalString } from './normalize-values';

/**
 * Converts a Retry-After value (delay seconds or an HTTP date) to milliseconds from `now`.
 * Returns undefined when the header is missing or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  const value = header?.trim() ?? '';
  if (value === '') {
    return undefined;
  }
  if (/^\d+(\.\d+)?$/.test(value)) {
    return Math.round(Number(value) * 1000);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Finds the text the service meant for people in an error body, if there is any. */
export function userMessageOf(body: unknown): string | undefined {
  if (!isRecord(body)) {
    return undefined;
  }
  for (const entry of readArray(field(body, 'ErrorMessages'))) {
    if (isRecord(entry)) {
      const message = readOptionalString(field(entry, 'UserVisibleMessage')) ?? readOptionalString(field(entry, 'FaultMessage'));
      if (message !== null) {
        return message;
      }
    }
  }
  return readOptionalString(field(body, 'UserVisibleMessage')) ?? readOptionalString(field(body, 'Message')) ?? undefined;
}

/** Returns the `api-fault` for a body with `IsFaulted: true`, else null. */
export function faultOf(body: unknown, label: string): EnvoiceError | null {
  if (!isRecord(body) || field(body, 'IsFaulted') !== true) {
    return null;
  }
  const userMessage = userMessageOf(body);
  return new EnvoiceError('api-fault', `${label} failed: Envoice reported a fault${userMessage ? `: ${userMessage}` : '.'}`, {
    status: 200,
    userMessage,
  });
}

/** Maps a non-2xx status to its error kind; `body` is the parsed JSON body or undefined. */
export function statusError(label: string, status: number, body: unknown, retryAfterMs: number | undefined): EnvoiceError {
  const returned = `${label} failed: Envoice returned HTTP ${status}`;
  if (status === 401 || status === 403) {
    return new EnvoiceError('unauthorized', `${returned}; the API key or secret was rejected.`, { status });
  }
  if (status === 429) {
    const wait = retryAfterMs === undefined ? 'without Retry-After' : `with Retry-After ${retryAfterMs} ms`;
    return new EnvoiceError('rate-limited', `${returned} ${wait}.`, { status, retryAfterMs });
  }
  if (status >= 500) {
    return new EnvoiceError('server', `${returned}.`, { status });
  }
  const userMessage = userMessageOf(body);
  return new EnvoiceError('api-fault', `${returned}${userMessage ? `: ${userMessage}` : '.'}`, { status, userMessage });
}

/** Explains a redirect without following it, so the auth headers never reach another address. */
export function redirectError(label: string, response: Response): EnvoiceError {
  const location = response.headers.get('location');
  const target = location === null ? 'an address the browser hides' : originOf(location, response.url);
  return new EnvoiceError(
    'invalid-response',
    `${label} failed: Envoice redirected the request to ${target}. Redirects are not followed so the API secret stays with the configured Envoice address; check that address.`,
    { status: response.status === 0 ? undefined : response.status },
  );
}

function originOf(location: string, base: string): string {
  try {
    return new URL(location, base || undefined).origin;
  } catch {
    return 'an invalid address';
  }
}

/**
 * Maps an exception from fetch or ky. `deadlinePassed` is true when the client's own timer
 * aborted the request, which shows up as an AbortError once the headers have arrived.
 * NOTE: an AbortError that the timer did not cause (the browser stopping the worker mid-request)
 * counts as `network`; the EnvoiceApi methods take no AbortSignal, so no caller aborts on purpose.
 */
export function thrownError(label: string, error: unknown, timeoutMs: number, deadlinePassed: boolean): EnvoiceError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || (deadlinePassed && name === 'AbortError')) {
    return new EnvoiceError('timeout', `${label} failed: Envoice did not respond within ${timeoutMs} ms (timed out).`);
  }
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  const reason = offline ? 'the browser is offline' : describeCause(error);
  return new EnvoiceError('network', `${label} failed: could not reach Envoice (${reason}).`);
}

/** Names the low-level cause (for example ECONNRESET) without copying the request, which contains the headers. */
function describeCause(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const cause: unknown = error.cause;
  const code = isRecord(cause) && typeof cause.code === 'string' ? ` ${cause.code}` : '';
  return `${error.name}: ${error.message}${code}`;
}
