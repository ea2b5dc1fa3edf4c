/** The `IsFaulted` envelope and the bad-request responses of the API. */
import type { ApiError } from '../model/errors';
import type { SandboxResponse } from '../http';
import { jsonResponse } from '../http';

/** Builds a 200 with `IsFaulted: true`, the service's response to a request it understood but cannot carry out. */
export function faulted(errors: readonly ApiError[]): SandboxResponse {
  return jsonResponse(200, {
    IsFaulted: true,
    ErrorMessages: errors.map((error) => ({
      Code: error.code,
      FaultMessage: error.message,
      Group: error.group,
      UserVisibleMessage: error.message,
    })),
  });
}

export function badRequest(detail: string): SandboxResponse {
  return jsonResponse(400, { Message: 'The request is invalid.', MessageDetail: detail });
}

/** Parses an integer query parameter; null when absent or not an integer. */
export function integerParam(query: URLSearchParams, name: string): number | null {
  const raw = query.get(name);
  if (raw === null || !/^-?\d+$/.test(raw.trim())) return null;
  return Number(raw);
}
