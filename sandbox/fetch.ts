/**
 * `sandboxFetch` runs fetch calls against an in-process handler, so ky (through its `fetch`
 * option), the sync engine and the benchmarks can use the sandbox without sockets. Like fetch,
 * it rejects with the signal's reason on abort and with a TypeError when the connection drops.
 */
import type { SandboxRequest, SandboxResponse } from './http';
import { ConnectionResetError } from './http';

type Handle = (request: SandboxRequest) => Promise<SandboxResponse>;

/** Statuses whose Response must have a null body. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

async function toSandboxRequest(input: RequestInfo | URL, init: RequestInit | undefined): Promise<SandboxRequest> {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
  return { method: request.method, url: `${url.pathname}${url.search}`, headers, ...(body === undefined ? {} : { body }) };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

export function sandboxFetch(handle: Handle): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal?.aborted) throw abortReason(signal);

    const sandboxRequest = await toSandboxRequest(input, init);
    const answer = await new Promise<SandboxResponse>((resolve, reject) => {
      const onAbort = (): void => reject(abortReason(signal as AbortSignal));
      // The signal may have fired while the request body was read.
      if (signal?.aborted) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      void handle(sandboxRequest).then(resolve, (error: unknown) => {
        reject(error instanceof ConnectionResetError ? new TypeError('fetch failed', { cause: error }) : error);
      }).finally(() => signal?.removeEventListener('abort', onAbort));
    });

    return new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, {
      status: answer.status,
      headers: answer.headers,
    });
  };
}
