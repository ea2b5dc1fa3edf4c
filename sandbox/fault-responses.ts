/** Responses (or missing responses) for each injected fault. */
import type { Fault } from './faults';
import type { SandboxResponse } from './http';
import { CORS_HEADERS, ConnectionResetError, JSON_TYPE, jsonResponse, messageResponse } from './http';
import { unauthorized } from './api/dispatch';

const MAINTENANCE_PAGE = '<!DOCTYPE html>\n<html><head><title>Envoice</title></head>'
  + '<body><h1>We will be back soon</h1><p>Envoice is down for maintenance.</p></body></html>\n';

const SERVICE_UNAVAILABLE_PAGE = '<!DOCTYPE html>\n<html><head><title>Service Unavailable</title></head>'
  + '<body><h2>Service Unavailable</h2><hr><p>HTTP Error 503. The service is unavailable.</p></body></html>\n';

function malformed(fault: Fault): SandboxResponse {
  switch (fault.body) {
    case 'html':
      return { status: 200, headers: { ...CORS_HEADERS, 'content-type': 'text/html; charset=utf-8' }, body: MAINTENANCE_PAGE };
    case 'truncated':
      return { status: 200, headers: { ...CORS_HEADERS, 'content-type': JSON_TYPE }, body: '{"Result":[{"Id":1,"Number":"INV-00' };
    case 'wrong-shape':
      return jsonResponse(200, { Result: 'unavailable', IsFaulted: 'no' });
  }
}

/** Returns a promise that never settles, so only the caller's abort or a socket close ends the wait. */
export function never(): Promise<never> {
  return new Promise<never>(() => undefined);
}

/**
 * Returns the response that replaces the real one, or null for "slow", which only delays the real
 * response. For "timeout" the promise never settles, and for "reset" it rejects with ConnectionResetError.
 */
export async function faultResponse(fault: Fault): Promise<SandboxResponse | null> {
  switch (fault.kind) {
    case 'unauthorized':
      return unauthorized();
    case 'rate-limit':
      return messageResponse(429, `API calls quota exceeded. Try again in ${fault.retryAfter} seconds.`, { 'retry-after': String(fault.retryAfter) });
    case 'server':
      return fault.status === 503
        ? { status: 503, headers: { ...CORS_HEADERS, 'content-type': 'text/html; charset=utf-8' }, body: SERVICE_UNAVAILABLE_PAGE }
        : messageResponse(500, 'An error has occurred.');
    case 'malformed':
      return malformed(fault);
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return null;
    case 'timeout':
      return await never();
    case 'reset':
      throw new ConnectionResetError();
  }
}
