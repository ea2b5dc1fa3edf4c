// The one request path of the Envoice client. Every call goes through `request`, which sends the
// auth headers, applies the timeout and turns every failure into one EnvoiceError. Retries and
// backoff belong to the sync engine, so this path makes exactly one attempt.

import ky from 'ky';
import { EnvoiceError } from './errors';
import { faultOf, parseRetryAfter, redirectError, statusError, thrownError } from './http-failures';
import { createLogger, redactSecrets } from '../log';

const log = createLogger('api');

export interface RequestInfo {
  method: string;
  /** Path and query, for example `api/invoice/details?id=12`; never headers. */
  path: string;
  status?: number;
  durationMs: number;
  error?: EnvoiceError;
}

export interface RequesterOptions {
  /** Validated origin, for example `https://www.envoice.in`. */
  origin: string;
  apiKey: string;
  apiSecret: string;
  timeoutMs: number;
  fetch: typeof fetch;
  onRequest: ((info: RequestInfo) => void) | undefined;
  now: () => number;
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  /** Relative to the origin, without a leading slash: `api/invoice/all`. */
  path: string;
  query?: Record<string, number>;
  body?: unknown;
}

/** Printable ASCII without spaces: what an HTTP header value can carry unchanged. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** Removes a byte order mark, which some .NET servers put before JSON. */
const BYTE_ORDER_MARK = /^\uFEFF/;

export type Requester = (spec: RequestSpec) => Promise<unknown>;

/** Creates the request function; it resolves with the parsed JSON body of a successful response. */
export function createRequester(options: RequesterOptions): Requester {
  const http = ky.create({
    prefixUrl: options.origin,
    headers: { 'x-auth-key': options.apiKey, 'x-auth-secret': options.apiSecret, Accept: 'application/json' },
    retry: 0,
    timeout: options.timeoutMs,
    throwHttpErrors: false,
    // A redirect would carry the auth headers to wherever it points, so none is followed.
    redirect: 'manual',
    fetch: options.fetch,
  });

  const scrub = (error: EnvoiceError): EnvoiceError => scrubSecrets(error, [options.apiSecret, options.apiKey]);

  return async (spec) => {
    const query = spec.query ? `?${new URLSearchParams(Object.entries(spec.query).map(([k, v]) => [k, String(v)]))}` : '';
    const label = `${spec.method} ${spec.path}${query}`;
    const started = options.now();
    let status: number | undefined;
    try {
      checkCredentials(options);
      const { response, body } = await send(http, spec, label, options.timeoutMs);
      status = response.status;
      const result = interpret(label, response, body, options.now());
      options.onRequest?.({ method: spec.method, path: `${spec.path}${query}`, status, durationMs: options.now() - started });
      log.debug(`${label} returned HTTP ${status} in ${options.now() - started} ms`);
      return result;
    } catch (caught) {
      const error = scrub(caught instanceof EnvoiceError ? caught : new EnvoiceError('invalid-response', `${label} failed: ${String(caught)}`));
      options.onRequest?.({ method: spec.method, path: `${spec.path}${query}`, status, durationMs: options.now() - started, error });
      log.debug(`${label} failed`, error);
      throw error;
    }
  };
}

function checkCredentials({ apiKey, apiSecret }: RequesterOptions): void {
  if (apiKey === '' || apiSecret === '') {
    throw new EnvoiceError('not-configured', 'No Envoice API key or secret is saved; no request was sent.');
  }
  if (!HEADER_SAFE.test(apiKey) || !HEADER_SAFE.test(apiSecret)) {
    throw new EnvoiceError('unauthorized', 'The saved API key or secret contains spaces or characters an HTTP header cannot carry; no request was sent.');
  }
}

type Http = ReturnType<typeof ky.create>;

/**
 * Sends the request and reads the whole body within one deadline. ky's timeout stops once the
 * headers arrive, so a second timer covers a body that stalls halfway.
 */
async function send(http: Http, spec: RequestSpec, label: string, timeoutMs: number): Promise<{ response: Response; body: string }> {
  const deadline = new AbortController();
  let deadlinePassed = false;
  const timer = setTimeout(() => {
    deadlinePassed = true;
    deadline.abort();
  }, timeoutMs);
  try {
    const response = await http(spec.path, {
      method: spec.method,
      searchParams: spec.query,
      json: spec.body,
      signal: deadline.signal,
    });
    const body = await response.text();
    return { response, body };
  } catch (error) {
    throw thrownError(label, error, timeoutMs, deadlinePassed);
  } finally {
    clearTimeout(timer);
  }
}

function interpret(label: string, response: Response, text: string, now: number): unknown {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw redirectError(label, response);
  }
  const body = parseJson(text);
  if (!response.ok) {
    throw statusError(label, response.status, body, parseRetryAfter(response.headers.get('retry-after'), now));
  }
  if (body === undefined) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new EnvoiceError('invalid-response', `${label} failed: Envoice returned a body that is not JSON (${type}, ${text.length} characters).`, {
      status: response.status,
    });
  }
  const fault = faultOf(body, label);
  if (fault) {
    throw fault;
  }
  return body;
}

/** Parses JSON; returns undefined for an empty or malformed body. */
function parseJson(text: string): unknown {
  const trimmed = text.replace(BYTE_ORDER_MARK, '').trim();
  if (trimmed === '') {
    return undefined;
  }
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** Replaces the credentials wherever the service or a runtime echoed them into an error's text. */
export function scrubSecrets(error: EnvoiceError, secrets: readonly string[]): EnvoiceError {
  const message = redactSecrets(error.message, secrets);
  const userMessage = error.userMessage === undefined ? undefined : redactSecrets(error.userMessage, secrets);
  if (message === error.message && userMessage === error.userMessage) {
    return error;
  }
  return new EnvoiceError(error.kind, message, { status: error.status, retryAfterMs: error.retryAfterMs, userMessage });
}
