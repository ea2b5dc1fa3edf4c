import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionResetError } from './http';
import type { RequestLogEntry } from './request-log';
import { AUTH_HEADERS, callApi, callControl, createTestHandler } from './testing';

async function injected(body: unknown): Promise<ReturnType<typeof createTestHandler>> {
  const handle = createTestHandler();
  const response = await callControl(handle, 'POST', '/_sandbox/fault', body);
  expect(response.status).toBe(200);
  return handle;
}

describe('queued faults', () => {
  it('unauthorized answers 401', async () => {
    const handle = await injected({ kind: 'unauthorized' });
    expect((await callApi(handle, 'GET', '/api/invoice/all')).status).toBe(401);
    expect((await callApi(handle, 'GET', '/api/invoice/all')).status).toBe(200);
  });

  it('rate-limit sends Retry-After', async () => {
    const handle = await injected({ kind: 'rate-limit', retryAfter: 7 });
    const response = await callApi(handle, 'GET', '/api/invoice/all');

    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('7');
  });

  it('rate-limit defaults to 30 seconds', async () => {
    const handle = await injected({ kind: 'rate-limit' });
    expect((await callApi(handle, 'GET', '/api/invoice/all')).headers['retry-after']).toBe('30');
  });

  it('server answers 500 or 503', async () => {
    const handle = await injected({ kind: 'server', count: 2 });
    await callControl(handle, 'POST', '/_sandbox/fault', { kind: 'server', status: 503 });

    expect((await callApi(handle, 'GET', '/api/tax/all')).status).toBe(500);
    expect((await callApi(handle, 'GET', '/api/tax/all')).status).toBe(500);
    const unavailable = await handle({ method: 'GET', url: '/api/tax/all', headers: { ...AUTH_HEADERS } });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers['content-type']).toContain('text/html');
  });

  it.each(['html', 'truncated', 'wrong-shape'])('malformed %s body', async (body) => {
    const handle = await injected({ kind: 'malformed', body });
    const response = await handle({ method: 'GET', url: '/api/invoice/all', headers: { ...AUTH_HEADERS } });
    const parsed = ((): unknown => {
      try {
        return JSON.parse(response.body);
      } catch {
        return undefined;
      }
    })();

    expect(response.status).toBe(200);
    expect(Array.isArray((parsed as { Result?: unknown } | undefined)?.Result)).toBe(false);
  });

  it('reset throws a connection error', async () => {
    const handle = await injected({ kind: 'reset' });
    await expect(handle({ method: 'GET', url: '/api/tax/all', headers: { ...AUTH_HEADERS } })).rejects.toBeInstanceOf(ConnectionResetError);
  });

  it('path prefix limits the fault', async () => {
    const handle = await injected({ kind: 'server', path: '/api/invoice/details' });

    expect((await callApi(handle, 'GET', '/api/invoice/all')).status).toBe(200);
    expect((await callApi(handle, 'GET', '/api/invoice/details?id=1')).status).toBe(500);
  });

  it('control paths never get faults', async () => {
    const handle = await injected({ kind: 'server', count: 5 });
    expect((await callControl(handle, 'GET', '/_sandbox/state')).status).toBe(200);
  });

  it('DELETE clears faults', async () => {
    const handle = await injected({ kind: 'server', count: 5 });
    await callControl(handle, 'DELETE', '/_sandbox/fault');
    expect((await callApi(handle, 'GET', '/api/tax/all')).status).toBe(200);
  });

  it('request log names the fault', async () => {
    const handle = await injected({ kind: 'rate-limit' });
    await callApi(handle, 'GET', '/api/tax/all');
    const log = (await callControl(handle, 'GET', '/_sandbox/requests')).json as RequestLogEntry[];

    expect(log[0]).toMatchObject({ status: 429, fault: 'rate-limit' });
  });

  it.each([
    { kind: 'explode' },
    { kind: 'server', count: 0 },
    { kind: 'server', status: 502 },
    { kind: 'malformed', body: 'xml' },
    { random: { server: 2 } },
  ])('rejects %j', async (body) => {
    const response = await callControl(createTestHandler(), 'POST', '/_sandbox/fault', body);
    expect(response.status).toBe(400);
  });
});

describe('slow and timeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('slow answers after the delay', async () => {
    vi.useFakeTimers();
    const handle = await injected({ kind: 'slow', delayMs: 5000 });
    let settled = false;
    const pending = callApi(handle, 'GET', '/api/tax/all').then((response) => {
      settled = true;
      return response;
    });

    await vi.advanceTimersByTimeAsync(4900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect((await pending).status).toBe(200);
  });

  it('timeout never answers', async () => {
    vi.useFakeTimers();
    const handle = await injected({ kind: 'timeout' });
    let settled = false;
    void handle({ method: 'GET', url: '/api/tax/all', headers: { ...AUTH_HEADERS } }).finally(() => {
      settled = true;
    });

    await vi.advanceTimersByTimeAsync(600_000);
    expect(settled).toBe(false);
  });
});

describe('random faults', () => {
  async function statuses(seed: number): Promise<number[]> {
    const handle = await injected({ random: { server: 0.2, rateLimit: 0.1, malformed: 0.1 }, seed, retryAfter: 1 });
    const out: number[] = [];
    for (let index = 0; index < 200; index++) {
      const response = await handle({ method: 'GET', url: '/api/tax/all', headers: { ...AUTH_HEADERS } });
      out.push(response.status === 200 && !response.body.startsWith('[') ? -200 : response.status);
    }
    return out;
  }

  it('mixes faults with normal answers', async () => {
    const seen = await statuses(1);

    expect(seen.filter((status) => status === 200).length).toBeGreaterThan(100);
    expect(seen).toContain(429);
    expect(seen).toContain(-200);
    expect(seen.some((status) => status === 500 || status === 503)).toBe(true);
  });

  it('same seed repeats the sequence', async () => {
    expect(await statuses(4)).toEqual(await statuses(4));
  });
});
