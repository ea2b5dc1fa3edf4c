/**
 * The in-process sandbox: a request handler with no sockets. `sandbox/server.ts` puts it behind
 * node:http; `sandboxFetch` adapts it to the fetch API for ky and the benchmarks.
 */
import { dispatchApi } from './api/dispatch';
import { dropNulls } from './api/quirks';
import { handleControl } from './control';
import { faultResponse } from './fault-responses';
import { FaultInjector } from './faults';
import type { SandboxRequest, SandboxResponse } from './http';
import { PREFLIGHT_HEADERS, notFound, parseUrl } from './http';
import type { Account } from './model/types';
import { RequestLog } from './request-log';
import type { RequestLogEntry } from './request-log';
import type { SandboxServices } from './services';
import { handleShare } from './share';
import { SHARE_PREFIX } from './api/links';
import { Trickle } from './trickle';

export type { SandboxRequest, SandboxResponse } from './http';
export { sandboxFetch } from './fetch';

export const DEFAULT_API_KEY = 'sandbox-key';
export const DEFAULT_API_SECRET = 'sandbox-secret';
export const DEFAULT_ORIGIN = 'http://127.0.0.1:8787';

export interface SandboxHandlerOptions {
  apiKey?: string;
  apiSecret?: string;
  /** Origin of share and PDF links; a function when it is known only after the server listens. */
  origin?: string | (() => string);
  /** Reproduce the published deviations from the schema (default true). */
  quirks?: boolean;
  log?: (line: string) => void;
}

export interface SandboxHandle {
  (request: SandboxRequest): Promise<SandboxResponse>;
  readonly account: Account;
  readonly faults: FaultInjector;
  readonly requests: RequestLog;
  readonly trickle: Trickle;
}

/** Without quirks, optional values are left out instead of sent as null. */
function withoutNulls(response: SandboxResponse, quirks: boolean): SandboxResponse {
  if (quirks || !response.headers['content-type']?.startsWith('application/json')) return response;
  return { ...response, body: JSON.stringify(dropNulls(JSON.parse(response.body))) };
}

function queryRecord(query: URLSearchParams): Record<string, string> {
  return Object.fromEntries(query.entries());
}

export function createSandboxHandler(account: Account, options: SandboxHandlerOptions = {}): SandboxHandle {
  const credentials = { apiKey: options.apiKey ?? DEFAULT_API_KEY, apiSecret: options.apiSecret ?? DEFAULT_API_SECRET };
  const origin = options.origin ?? DEFAULT_ORIGIN;
  const log = options.log ?? (() => undefined);
  const quirks = { enabled: options.quirks ?? true };
  const services: SandboxServices = {
    account,
    faults: new FaultInjector(),
    requests: new RequestLog(),
    trickle: new Trickle(account, log),
    context: () => ({ account, origin: typeof origin === 'string' ? origin : origin(), quirks }),
    log,
  };

  async function answerApi(request: SandboxRequest, path: string, query: URLSearchParams): Promise<SandboxResponse> {
    const entry: RequestLogEntry = services.requests.record({
      at: new Date(account.now()).toISOString(),
      method: request.method.toUpperCase(),
      path,
      query: queryRecord(query),
      status: 0,
    });

    const fault = services.faults.take(path);
    if (fault) {
      entry.fault = fault.kind;
      log(`fault: ${fault.kind} on ${entry.method} ${path}`);
    }
    const replaced = fault ? await faultResponse(fault) : null;
    const response = replaced ?? withoutNulls(dispatchApi(services.context(), credentials, request, path, query), quirks.enabled);
    entry.status = response.status;
    log(`${entry.method} ${path}${query.size > 0 ? `?${query.toString()}` : ''} -> ${response.status}`);
    return response;
  }

  async function handle(request: SandboxRequest): Promise<SandboxResponse> {
    const { path, query } = parseUrl(request.url);
    if (request.method.toUpperCase() === 'OPTIONS') return { status: 204, headers: { ...PREFLIGHT_HEADERS }, body: '' };
    if (path.startsWith('/_sandbox/')) return handleControl(services, request, path);
    if (path.startsWith(SHARE_PREFIX) && request.method.toUpperCase() === 'GET') return handleShare(account, path);
    if (path === '/api' || path.startsWith('/api/')) return await answerApi(request, path, query);
    return notFound(path);
  }

  return Object.assign(handle, {
    account,
    faults: services.faults,
    requests: services.requests,
    trickle: services.trickle,
  });
}
