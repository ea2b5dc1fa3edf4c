/** Authenticates an `/api/*` request and routes it to its endpoint. */
import type { SandboxRequest, SandboxResponse } from '../http';
import { messageResponse, notFound } from '../http';
import { badRequest } from './envelope';
import { INVOICE_ROUTES } from './invoice-routes';
import { REFERENCE_ROUTES } from './reference-routes';
import type { RouteTable } from './route-types';
import type { SerializeContext } from './serialize';

const ROUTES: RouteTable = { ...INVOICE_ROUTES, ...REFERENCE_ROUTES };

export interface Credentials {
  apiKey: string;
  apiSecret: string;
}

/** Builds the service's 401 response. */
export function unauthorized(): SandboxResponse {
  return messageResponse(401, 'Authorization has been denied for this request.');
}

export function isAuthorized(request: SandboxRequest, credentials: Credentials): boolean {
  return request.headers['x-auth-key'] === credentials.apiKey && request.headers['x-auth-secret'] === credentials.apiSecret;
}

function decodeBody(body: string | undefined): Record<string, unknown> | null {
  if (body === undefined || body.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(body);
    if (value === null) return {};
    return typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : null;
  } catch {
    return null;
  }
}

export function dispatchApi(
  context: SerializeContext,
  credentials: Credentials,
  request: SandboxRequest,
  path: string,
  query: URLSearchParams,
): SandboxResponse {
  if (!isAuthorized(request, credentials)) return unauthorized();

  const route = ROUTES[path.toLowerCase()];
  if (!route) return notFound(path);
  if (route.method !== request.method.toUpperCase()) {
    return messageResponse(405, `The requested resource does not support http method '${request.method.toUpperCase()}'.`, { allow: route.method });
  }

  const body = route.method === 'POST' ? decodeBody(request.body) : {};
  if (body === null) return badRequest('The request body must be a JSON object.');
  return route.answer({ context, query, body });
}
