import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiCallResult } from '../messages';
import type { EnvoiceErrorKind } from './errors';
import { EnvoiceError } from './errors';
import { WORKER_UNREACHABLE_MESSAGE, createWorkerApi } from './worker-api';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes the worker respond to every message with `reply`, and returns the spy that records the requests. */
function workerReplies(reply: unknown) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply as never);
}

async function rejection(promise: Promise<unknown>): Promise<EnvoiceError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EnvoiceError);
  return error as EnvoiceError;
}

describe('createWorkerApi', () => {
  it('sends the method and arguments', async () => {
    const send = workerReplies({ ok: true, value: { invoices: [], totalCount: 0, page: 2, pageSize: 50 } } satisfies ApiCallResult);
    await expect(createWorkerApi().listInvoices(2, 50)).resolves.toEqual({ invoices: [], totalCount: 0, page: 2, pageSize: 50 });
    expect(send).toHaveBeenCalledWith({ type: 'api-call', method: 'listInvoices', args: [2, 50] });
  });

  it('returns the value the worker sent', async () => {
    workerReplies({ ok: true, value: 'https://www.envoice.in/share/abc' });
    await expect(createWorkerApi().getInvoiceShareLink(7)).resolves.toBe('https://www.envoice.in/share/abc');
  });

  it('resolves void calls without a value', async () => {
    // Chrome drops `value: undefined` from the JSON it sends.
    workerReplies({ ok: true });
    await expect(createWorkerApi().sendInvoiceToClient({ invoiceId: 7, subject: 'Invoice', message: 'Hi', attachPdf: true })).resolves.toBeUndefined();
  });

  const kinds: EnvoiceErrorKind[] = ['not-configured', 'unauthorized', 'rate-limited', 'network', 'timeout', 'server', 'api-fault', 'invalid-response', 'permission', 'unexpected'];
  it.each(kinds)('rebuilds a %s error', async (kind) => {
    workerReplies({ ok: false, error: { kind, message: `failed: ${kind}`, status: 429, retryAfterMs: 30_000, userMessage: 'Try later.' } } satisfies ApiCallResult);
    const error = await rejection(createWorkerApi().listClients());
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(`failed: ${kind}`);
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.userMessage).toBe('Try later.');
  });

  it('leaves absent error fields undefined', async () => {
    workerReplies({ ok: false, error: { kind: 'network', message: 'offline' } });
    const error = await rejection(createWorkerApi().listTaxes());
    expect(error.status).toBeUndefined();
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.userMessage).toBeUndefined();
  });

  it('reports a worker that is not listening', async () => {
    // The fake browser rejects sendMessage when no listener is registered, as Chrome does.
    const error = await rejection(createWorkerApi().listCurrencies());
    expect(error.kind).toBe('unexpected');
    expect(error.message).toBe(WORKER_UNREACHABLE_MESSAGE);
  });

  it.each([undefined, null, 'yes', { ok: false }, { ok: false, error: { kind: 'network' } }])('rejects the malformed reply %j', async (reply) => {
    workerReplies(reply);
    const error = await rejection(createWorkerApi().listWorkTypes());
    expect(error.kind).toBe('unexpected');
    expect(error.message).toContain('listWorkTypes');
  });

  it('refuses changeInvoiceStatus locally', async () => {
    const send = workerReplies({ ok: true });
    const error = await rejection(createWorkerApi().changeInvoiceStatus(7, 'Paid'));
    expect(error.kind).toBe('unexpected');
    expect(send).not.toHaveBeenCalled();
  });
});
