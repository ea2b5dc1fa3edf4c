/** Serves the sandbox handler over HTTP on loopback. */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxHandle } from './handler';
import { DEFAULT_API_KEY, DEFAULT_API_SECRET, createSandboxHandler } from './handler';
import { ConnectionResetError, messageResponse } from './http';
import type { SandboxResponse } from './http';
import { createAccount } from './model/account';
import type { Account } from './model/types';
import type { FaultInjector } from './faults';
import type { RequestLog } from './request-log';

export { DEFAULT_API_KEY, DEFAULT_API_SECRET } from './handler';
export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

export interface SandboxOptions {
  /** 0 picks any free port; default SANDBOX_PORT or 8787. */
  port?: number;
  /** Default 127.0.0.1. Only loopback addresses make sense. */
  host?: string;
  /** Default SANDBOX_API_KEY or "sandbox-key". */
  apiKey?: string;
  /** Default SANDBOX_API_SECRET or "sandbox-secret". */
  apiSecret?: string;
  seed?: number;
  invoiceCount?: number;
  /** Clock in epoch ms. */
  now?: () => number;
  /** Add a random activity every minMs..maxMs ms; off by default. */
  trickle?: { minMs: number; maxMs: number } | false;
  /** Reproduce the published deviations from the schema (default true). */
  quirks?: boolean;
  log?: (line: string) => void;
}

export interface Sandbox {
  /** Origin, e.g. "http://127.0.0.1:8787". */
  url: string;
  port: number;
  account: Account;
  faults: FaultInjector;
  requests: RequestLog;
  handle: SandboxHandle;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function headerRecord(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function send(response: ServerResponse, answer: SandboxResponse): void {
  // PDF bodies are ASCII and everything else UTF-8 text, so one encoding serves both.
  const body = Buffer.from(answer.body, 'utf8');
  response.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) });
  response.end(body);
}

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? undefined : Number(raw);
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const log = options.log ?? (() => undefined);
  const host = options.host ?? DEFAULT_HOST;
  const account = createAccount({
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.invoiceCount === undefined ? {} : { invoiceCount: options.invoiceCount }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });

  let origin = '';
  const handle = createSandboxHandler(account, {
    apiKey: options.apiKey ?? process.env['SANDBOX_API_KEY'] ?? DEFAULT_API_KEY,
    apiSecret: options.apiSecret ?? process.env['SANDBOX_API_SECRET'] ?? DEFAULT_API_SECRET,
    origin: () => origin,
    quirks: options.quirks ?? true,
    log,
  });

  const server = createServer((request, response) => {
    void (async () => {
      try {
        const body = await readBody(request);
        const answer = await handle({ method: request.method ?? 'GET', url: request.url ?? '/', headers: headerRecord(request), body });
        send(response, answer);
      } catch (error) {
        if (error instanceof ConnectionResetError) {
          request.socket.destroy();
          return;
        }
        log(`error: ${request.method} ${request.url} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        if (!response.headersSent) send(response, messageResponse(500, 'An error has occurred.'));
      }
    })();
  });

  const port = options.port ?? envNumber('SANDBOX_PORT') ?? DEFAULT_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${urlHost}:${address.port}`;
  if (options.trickle) handle.trickle.start(options.trickle);
  log(`sandbox: listening on ${origin}`);

  return {
    url: origin,
    port: address.port,
    account,
    faults: handle.faults,
    requests: handle.requests,
    handle,
    close: async () => {
      handle.trickle.stop();
      // Requests held open by a "timeout" fault would keep close() waiting for ever.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      log('sandbox: stopped');
    },
  };
}
