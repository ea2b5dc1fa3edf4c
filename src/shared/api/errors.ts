/**
 * What went wrong with a call, in the categories the user sees differently:
 * - `not-configured`: no API key or secret saved yet.
 * - `unauthorized`: 401 or 403, the key or secret is wrong or was revoked.
 * - `rate-limited`: 429; `retryAfterMs` carries the service's Retry-After when it sent one.
 * - `network`: offline, DNS, connection refused or reset.
 * - `timeout`: no answer within the client's per-request timeout.
 * - `server`: 5xx.
 * - `api-fault`: the service refused the request (`IsFaulted`, or another 4xx); `userMessage` is its text.
 * - `invalid-response`: not JSON, or JSON of the wrong shape.
 * - `permission`: the browser withholds the host permission for the Envoice origin (Firefox lets users do this).
 * - `unexpected`: a failure inside the extension itself (a bug, a storage error), not in Envoice.
 */
export type EnvoiceErrorKind =
  | 'not-configured'
  | 'unauthorized'
  | 'rate-limited'
  | 'network'
  | 'timeout'
  | 'server'
  | 'api-fault'
  | 'invalid-response'
  | 'permission'
  | 'unexpected';

export interface EnvoiceErrorDetails {
  status?: number;
  retryAfterMs?: number;
  userMessage?: string;
  cause?: unknown;
}

export class EnvoiceError extends Error {
  override readonly name = 'EnvoiceError';
  readonly kind: EnvoiceErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** Text from the service meant for people (`UserVisibleMessage`), shown as is. */
  readonly userMessage: string | undefined;

  constructor(kind: EnvoiceErrorKind, message: string, details: EnvoiceErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.userMessage = details.userMessage;
  }
}

export function isEnvoiceError(value: unknown): value is EnvoiceError {
  return value instanceof EnvoiceError;
}

/** The serialisable form stored in sync state and sent between extension pages. */
export interface StoredError {
  kind: EnvoiceErrorKind;
  /** Service text for `api-fault`, else a technical message for logs; never contains the secret. */
  message: string;
  retryAfterMs?: number;
  /** Epoch milliseconds. */
  at: number;
}
