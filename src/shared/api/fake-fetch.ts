// Test helper: a fetch stand-in built from a default response plus overrides, which records every
// request it gets. Only tests import it.

export interface FakeAnswer {
  status?: number;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Rejects the fetch with this error instead of responding. */
  error?: Error;
  /** Returns this response as is, for shapes the Response constructor cannot build. */
  response?: Response;
  /** Never responds; the request's abort signal still ends it, the way a real fetch behaves. */
  hang?: 'headers' | 'body';
}

export interface FakeFetch {
  fetch: typeof fetch;
  requests: Request[];
}

const DEFAULT_ANSWER = { status: 200, body: { Result: [], Count: 0, TotalCount: 0, IsFaulted: false } };

function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError');
}

export function fakeFetch(answer: FakeAnswer | ((request: Request) => FakeAnswer) = {}): FakeFetch {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    const { status, body, headers, error, hang, response } = {
      ...DEFAULT_ANSWER,
      ...(typeof answer === 'function' ? answer(request) : answer),
    };
    if (error) {
      throw error;
    }
    if (response) {
      return response;
    }
    if (hang === 'headers') {
      return new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(abortError()));
      });
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const responseInit = { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } };
    if (hang === 'body') {
      return new Response(stalledBody(text.slice(0, 5), request.signal), responseInit);
    }
    return new Response(status === 204 || status === 304 ? null : text, responseInit);
  };
  return { fetch, requests };
}

/** Creates a body that sends a few bytes and then nothing until the request is aborted. */
function stalledBody(start: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(start));
      signal.addEventListener('abort', () => controller.error(abortError()));
    },
  });
}
