/** Transport-neutral request and response shapes shared by the handler, the server and `sandboxFetch`. */

export interface SandboxRequest {
  method: string;
  /** Path and query, e.g. "/api/invoice/all?queryOptions.page=1". */
  url: string;
  /** Header names in lowercase. */
  headers: Record<string, string>;
  body?: string;
}

export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Headers for every response. The extension's host permission makes CORS moot, but web pages and tools may call too. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
};

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'x-auth-key, x-auth-secret, content-type, accept',
  'access-control-max-age': '600',
};

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return {
    status,
    headers: { ...CORS_HEADERS, 'content-type': JSON_TYPE, ...headers },
    body: JSON.stringify(value),
  };
}

/** Builds an error response with the ASP.NET Web API body `{ Message }`, the shape of the service's 401 body. */
export function messageResponse(status: number, message: string, headers: Record<string, string> = {}): SandboxResponse {
  return jsonResponse(status, { Message: message }, headers);
}

export function notFound(path: string): SandboxResponse {
  return messageResponse(404, `No HTTP resource was found that matches the request URI '${path}'.`);
}

/** Splits a request URL into its path and query parameters. */
export function parseUrl(url: string): { path: string; query: URLSearchParams } {
  const parsed = new URL(url, 'http://sandbox.local');
  return { path: parsed.pathname, query: parsed.searchParams };
}

/** Error the handler throws when the connection should drop without a response. */
export class ConnectionResetError extends Error {
  constructor() {
    super('The sandbox reset the connection on purpose (fault "reset").');
    this.name = 'ConnectionResetError';
  }
}
