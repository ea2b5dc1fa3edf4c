/**
 * The control API under `/_sandbox/`: no authentication, JSON in and out, never faulted.
 * Errors return `{ error }` with a 4xx status.
 */
import { controlError, postActivity } from './control-activity';
import { summarizeAccount } from './control-state';
import { parseFaultRequest } from './fault-parse';
import type { SandboxRequest, SandboxResponse } from './http';
import { jsonResponse, notFound } from './http';
import { resetAccount } from './model/account';
import type { SandboxServices } from './services';

type Body = Record<string, unknown>;

function decode(body: string | undefined): Body | null {
  if (body === undefined || body.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Body : null;
  } catch {
    return null;
  }
}

function postFault(services: SandboxServices, body: Body): SandboxResponse {
  const parsed = parseFaultRequest(body);
  if (!parsed.ok) return controlError(400, parsed.error);
  if (parsed.value.mode === 'random') services.faults.setRandom(parsed.value.config);
  else services.faults.add(parsed.value.spec);
  services.log(`control: fault ${JSON.stringify(body)}`);
  return jsonResponse(200, services.faults.describe());
}

function postReset(services: SandboxServices, body: Body): SandboxResponse {
  const { seed, invoiceCount } = body;
  if (seed !== undefined && !Number.isInteger(seed)) return controlError(400, '"seed" must be a whole number.');
  if (invoiceCount !== undefined && !(Number.isInteger(invoiceCount) && (invoiceCount as number) >= 5)) {
    return controlError(400, '"invoiceCount" must be a whole number, 5 or more.');
  }
  resetAccount(services.account, {
    ...(seed === undefined ? {} : { seed: seed as number }),
    ...(invoiceCount === undefined ? {} : { invoiceCount: invoiceCount as number }),
  });
  services.log(`control: reset (seed ${services.account.seed}, ${services.account.seededInvoiceCount} invoices)`);
  return jsonResponse(200, summarizeAccount(services));
}

function postTrickle(services: SandboxServices, body: Body): SandboxResponse {
  if (body['off'] === true) {
    services.trickle.stop();
    return jsonResponse(200, { trickle: null });
  }
  const { minMs, maxMs } = body;
  if (typeof minMs !== 'number' || typeof maxMs !== 'number' || !(minMs > 0) || maxMs < minMs) {
    return controlError(400, 'Send { "minMs": N, "maxMs": M } with 0 < N <= M (milliseconds), or { "off": true }.');
  }
  services.trickle.start({ minMs, maxMs });
  services.log(`control: trickle every ${minMs}..${maxMs} ms`);
  return jsonResponse(200, { trickle: services.trickle.settings });
}

type ControlRoute = (services: SandboxServices, body: Body) => SandboxResponse;

const ROUTES: Readonly<Record<string, ControlRoute>> = {
  'POST /_sandbox/activity': postActivity,
  'GET /_sandbox/fault': (services) => jsonResponse(200, services.faults.describe()),
  'POST /_sandbox/fault': postFault,
  'DELETE /_sandbox/fault': (services) => {
    services.faults.clear();
    return jsonResponse(200, services.faults.describe());
  },
  'GET /_sandbox/requests': (services) => jsonResponse(200, services.requests.list()),
  'DELETE /_sandbox/requests': (services) => {
    services.requests.clear();
    return jsonResponse(200, []);
  },
  'POST /_sandbox/reset': postReset,
  'GET /_sandbox/state': (services) => jsonResponse(200, summarizeAccount(services)),
  'POST /_sandbox/trickle': postTrickle,
};

export function handleControl(services: SandboxServices, request: SandboxRequest, path: string): SandboxResponse {
  const route = ROUTES[`${request.method.toUpperCase()} ${path}`];
  if (!route) return notFound(path);
  const body = decode(request.body);
  if (body === null) return controlError(400, 'The body must be a JSON object.');
  return route(services, body);
}
