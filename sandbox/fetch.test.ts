import { afterEach, describe, expect, it, vi } from 'vitest';
import { sandboxFetch } from './handler';
import { AUTH_HEADERS, callControl, createTestHandler } from './testing';

const BASE = 'https://www.envoice.in';

describe('sandboxFetch', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers like fetch', async () => {
    const fetchSandbox = sandboxFetch(createTestHandler());
    const response = await fetchSandbox(`${BASE}/api/invoice/all?queryOptions.pageSize=2`, { headers: AUTH_HEADERS });
    const body = await response.json() as { Count: number };

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(body.Count).toBe(2);
  });

  it('sends a Request body', async () => {
    const fetchSandbox = sandboxFetch(createTestHandler());
    const request = new Request(`${BASE}/api/invoice/changestatus`, {
      method: 'POST',
      headers: { ...AUTH_HEADERS, 'content-type': 'application/json' },
      body: JSON.stringify({ Id: 1, Status: 'Void' }),
    });

    expect(await (await fetchSandbox(request)).json()).toBe(true);
  });

  it('answers a preflight with no body', async () => {
    const response = await sandboxFetch(createTestHandler())(`${BASE}/api/invoice/all`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
  });

  it('rejects at once when already aborted', async () => {
    const fetchSandbox = sandboxFetch(createTestHandler());
    await expect(fetchSandbox(`${BASE}/api/tax/all`, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('abort ends a timeout fault', async () => {
    const handle = createTestHandler();
    await callControl(handle, 'POST', '/_sandbox/fault', { kind: 'timeout' });
    const controller = new AbortController();
    const pending = sandboxFetch(handle)(`${BASE}/api/tax/all`, { headers: AUTH_HEADERS, signal: controller.signal });

    controller.abort(new DOMException('Timed out', 'TimeoutError'));

    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('abort ends a slow answer', async () => {
    vi.useFakeTimers();
    const handle = createTestHandler();
    await callControl(handle, 'POST', '/_sandbox/fault', { kind: 'slow', delayMs: 60_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), 1000);
    const pending = sandboxFetch(handle)(`${BASE}/api/tax/all`, { headers: AUTH_HEADERS, signal: controller.signal });
    const outcome = expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });

    await vi.advanceTimersByTimeAsync(1500);
    await outcome;
  });

  it('reset rejects with TypeError', async () => {
    const handle = createTestHandler();
    await callControl(handle, 'POST', '/_sandbox/fault', { kind: 'reset' });
    await expect(sandboxFetch(handle)(`${BASE}/api/tax/all`, { headers: AUTH_HEADERS })).rejects.toBeInstanceOf(TypeError);
  });
});

describe('sandboxFetch with ky', () => {
  it('ky reads pages', async () => {
    const { default: ky } = await import('ky');
    const api = ky.create({ prefixUrl: BASE, fetch: sandboxFetch(createTestHandler()), headers: AUTH_HEADERS });
    const body = await api.get('api/invoice/all', { searchParams: { 'queryOptions.page': 2, 'queryOptions.pageSize': 10 } }).json<{ Count: number }>();

    expect(body.Count).toBe(10);
  });

  it('ky timeout ends a timeout fault', async () => {
    const { default: ky, TimeoutError } = await import('ky');
    const handle = createTestHandler();
    await callControl(handle, 'POST', '/_sandbox/fault', { kind: 'timeout' });
    const api = ky.create({ prefixUrl: BASE, fetch: sandboxFetch(handle), headers: AUTH_HEADERS, timeout: 50, retry: 0 });

    await expect(api.get('api/tax/all').json()).rejects.toBeInstanceOf(TimeoutError);
  });
});
