/** Helpers for tests that drive the handler in-process. */
import type { SandboxHandle, SandboxHandlerOptions } from './handler';
import { DEFAULT_API_KEY, DEFAULT_API_SECRET, createSandboxHandler } from './handler';
import type { SandboxResponse } from './http';
import type { AccountOptions } from './model/account';
import { createAccount } from './model/account';

/** A fixed clock: 2026-11-30T09:15:02Z. */
export const FIXED_NOW = Date.UTC(2026, 10, 30, 9, 15, 2);

export const AUTH_HEADERS: Readonly<Record<string, string>> = {
  'x-auth-key': DEFAULT_API_KEY,
  'x-auth-secret': DEFAULT_API_SECRET,
};

export function createTestHandler(account: AccountOptions = {}, options: SandboxHandlerOptions = {}): SandboxHandle {
  return createSandboxHandler(createAccount({ now: () => FIXED_NOW, ...account }), options);
}

export interface DecodedResponse extends SandboxResponse {
  json: unknown;
}

/** Calls the handler with the default credentials; `body` is sent as JSON when given. */
export async function callApi(handle: SandboxHandle, method: string, url: string, body?: unknown): Promise<DecodedResponse> {
  const response = await handle({
    method,
    url,
    headers: { ...AUTH_HEADERS, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { ...response, json: response.body === '' ? undefined : JSON.parse(response.body) as unknown };
}

export async function callControl(handle: SandboxHandle, method: string, path: string, body?: unknown): Promise<DecodedResponse> {
  const response = await handle({ method, url: path, headers: {}, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { ...response, json: JSON.parse(response.body) as unknown };
}
