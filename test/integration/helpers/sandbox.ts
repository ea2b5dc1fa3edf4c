// Starts the Envoice sandbox on loopback with an API client pointed at it, for integration tests.
// `useSandbox` registers the Vitest hooks; `withSandbox` is the same without hooks, for one-off use.

import { afterAll, afterEach, beforeAll } from 'vitest';
import type { EnvoiceClientOptions } from '../../../src/shared/api/client';
import { createEnvoiceClient } from '../../../src/shared/api/client';
import type { EnvoiceApi } from '../../../src/shared/api/types';
import type { Sandbox, SandboxOptions } from '../../../sandbox/server';
import { DEFAULT_API_KEY, DEFAULT_API_SECRET, startSandbox } from '../../../sandbox/server';

export type ClientOverrides = Partial<Omit<EnvoiceClientOptions, 'baseUrl'>>;

export interface SandboxClient {
  sandbox: Sandbox;
  /** A client with the sandbox's default credentials. */
  client: EnvoiceApi;
  /** A client for the same sandbox with other credentials, timeout or fetch. */
  createClient(overrides?: ClientOverrides): EnvoiceApi;
  close(): Promise<void>;
}

/** Starts a sandbox on 127.0.0.1 and a free port; the caller must `close()` it. */
export async function withSandbox(options: { sandbox?: SandboxOptions; client?: ClientOverrides } = {}): Promise<SandboxClient> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const createClient = (overrides: ClientOverrides = {}): EnvoiceApi =>
    createEnvoiceClient({
      baseUrl: sandbox.url,
      apiKey: options.sandbox?.apiKey ?? DEFAULT_API_KEY,
      apiSecret: options.sandbox?.apiSecret ?? DEFAULT_API_SECRET,
      ...options.client,
      ...overrides,
    });
  return { sandbox, client: createClient(), createClient, close: () => sandbox.close() };
}

/**
 * Starts one sandbox for the test file and stops it afterwards. Faults and the request log are
 * cleared after each test; account data (invoices created by a test) stays for the file.
 * Read the fields inside tests or hooks, not at module level: they exist once `beforeAll` ran.
 */
export function useSandbox(options: { sandbox?: SandboxOptions; client?: ClientOverrides } = {}): SandboxClient {
  let current: SandboxClient | undefined;
  const started = (): SandboxClient => {
    if (current === undefined) {
      throw new Error('The sandbox is not running yet; read it inside a test or hook.');
    }
    return current;
  };

  beforeAll(async () => {
    current = await withSandbox(options);
  });
  afterEach(() => {
    current?.sandbox.faults.clear();
    current?.sandbox.requests.clear();
  });
  afterAll(async () => {
    await current?.close();
  });

  return {
    get sandbox() {
      return started().sandbox;
    },
    get client() {
      return started().client;
    },
    createClient: (overrides) => started().createClient(overrides),
    close: () => started().close(),
  };
}

export interface RecordedRequest {
  method: string;
  /** Path without the query, for example `/api/invoice/new`. */
  path: string;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

/** Wraps the global fetch and records each request's method, path and JSON body. */
export function recordingFetch(): { fetch: typeof fetch; recorded: RecordedRequest[] } {
  const recorded: RecordedRequest[] = [];
  const fetchAndRecord = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    recorded.push({ method: request.method, path: new URL(request.url).pathname, body: text === '' ? undefined : (JSON.parse(text) as unknown) });
    return await fetch(request);
  };
  return { fetch: fetchAndRecord, recorded };
}
