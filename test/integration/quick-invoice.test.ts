// The quick invoice logic (draft → validation → create-once) with the real API client over HTTP
// against the sandbox. The sandbox contains what the user typed, every request body matches the
// published OpenAPI document, and lost responses never produce a second invoice.

import { beforeEach, describe, expect, it } from 'vitest';
import type { EnvoiceApi, NewInvoiceRequest } from '../../src/shared/api/types';
import { describeError } from '../../src/shared/error-display';
import { InvoiceSubmitter } from '../../src/shared/invoice/create-once';
import type { InvoiceDraft } from '../../src/shared/invoice/draft';
import { emptyDraft, emptyLine } from '../../src/shared/invoice/draft';
import { selectClient } from '../../src/shared/invoice/draft-edits';
import { loadDraft, saveDraft } from '../../src/shared/invoice/draft-store';
import type { CachedLookups } from '../../src/shared/invoice/lookups';
import { refreshLookups } from '../../src/shared/invoice/lookups';
import { computeInvoiceAmounts } from '../../src/shared/invoice/totals';
import { draftAmountInputs, validateDraft } from '../../src/shared/invoice/validate';
import { useEnglishMessages } from '../../src/shared/ui/testing/locale';
import { validateRequestBody } from '../openapi';
import type { RecordedRequest } from './helpers/sandbox';
import { recordingFetch, useSandbox } from './helpers/sandbox';

const env = useSandbox();
const TODAY = '2026-12-04';

beforeEach(() => {
  useEnglishMessages();
});

interface Harness {
  api: EnvoiceApi;
  recorded: RecordedRequest[];
  lookups: CachedLookups;
  submitter: InvoiceSubmitter;
}

/** Creates a client that records its requests, optionally through `wrap` (to lose responses), and a submitter using it. */
async function harness(wrap?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch, timeoutMs = 5_000): Promise<Harness> {
  const recording = recordingFetch();
  const api = env.createClient({ fetch: wrap ? wrap(recording.fetch) : recording.fetch, timeoutMs });
  const lookups = await refreshLookups(api, 'sandbox');
  const submitter = new InvoiceSubmitter({
    api,
    currencyCode: (request) => lookups.currencies.find((currency) => currency.id === request.currencyId)?.code ?? null,
  });
  return { api, recorded: recording.recorded, lookups, submitter };
}

/** Fills the form as a German-speaking user does: decimal commas, a tax, two gateways. */
function typedDraft(lookups: CachedLookups, description: string): InvoiceDraft {
  // Seeded invoices use ordinary item descriptions, so these carry a prefix no seed has.
  const client = lookups.clients.find((candidate) => candidate.name.startsWith('Nordlicht'))!;
  const tax = lookups.taxes.find((candidate) => candidate.name === 'VAT 19%')!;
  const design = lookups.workTypes.find((workType) => workType.title === 'Design')!;
  const draft = selectClient(emptyDraft(TODAY), client);
  return {
    ...draft,
    gatewayNames: ['PayPal', 'Stripe'],
    lines: [
      { ...emptyLine(design.id), description, quantity: '1,5', price: '1.234,56', taxId: tax.id },
      { ...emptyLine(design.id), description: `${description} follow-up`, quantity: '2', price: '80', taxId: null },
    ],
  };
}

function requestFor(draft: InvoiceDraft, lookups: CachedLookups): NewInvoiceRequest {
  const { errors, request } = validateDraft(draft, lookups, [], 'de-DE');
  expect(errors).toEqual({});
  return request!;
}

function expectDocumentedBodies(recorded: readonly RecordedRequest[]): void {
  for (const request of recorded.filter((entry) => entry.body !== undefined)) {
    const result = validateRequestBody(request.method, request.path, request.body);
    expect(result.errors, `${request.method} ${request.path}`).toEqual([]);
  }
}

function invoicesNamed(description: string) {
  return env.sandbox.account.invoices.filter((invoice) => invoice.items.some((item) => item.description === description));
}

function creates(recorded: readonly RecordedRequest[]): RecordedRequest[] {
  return recorded.filter((entry) => entry.method === 'POST' && entry.path === '/api/invoice/new');
}

describe('quick invoice against the sandbox', () => {
  it('creates exactly what was typed', async () => {
    const { recorded, lookups, submitter } = await harness();
    const draft = typedDraft(lookups, 'Quick: Logo refresh');
    const request = requestFor(draft, lookups);

    const outcome = await submitter.submit(request);

    expect(outcome.kind).toBe('created');
    const [stored, ...others] = invoicesNamed('Quick: Logo refresh');
    expect(others).toEqual([]);
    expect(stored).toMatchObject({ clientId: draft.clientId, currencyId: draft.currencyId, status: 'Unpaid', gateways: ['PayPal', 'Stripe'] });
    expect(new Date(stored!.issuedOn).toISOString().slice(0, 10)).toBe(TODAY);
    expect(new Date(stored!.dueOn).toISOString().slice(0, 10)).toBe(draft.dueDate);
    expect(stored!.items.map((item) => [item.description, item.quantity, item.cost, item.taxId])).toEqual([
      ['Quick: Logo refresh', 1.5, 1234.56, draft.lines[0]!.taxId],
      ['Quick: Logo refresh follow-up', 2, 80, null],
    ]);
    // The total the form showed is the total Envoice computed.
    const shown = computeInvoiceAmounts(draftAmountInputs(draft, lookups, 'de-DE'), 'EUR');
    expect({ subTotal: stored!.subTotal, tax: stored!.tax, total: stored!.total }).toEqual(shown);
    expect(outcome).toMatchObject({ invoice: { id: stored!.id, number: stored!.number, total: shown.total } });
    expect(creates(recorded)).toHaveLength(1);
    expectDocumentedBodies(recorded);
  });

  it('creates one invoice on a double submit', async () => {
    const { recorded, lookups, submitter } = await harness();
    const request = requestFor(typedDraft(lookups, 'Quick: Double click'), lookups);

    const [first, second] = await Promise.all([submitter.submit(request), submitter.submit(request)]);

    expect(first).toEqual(second);
    expect(invoicesNamed('Quick: Double click')).toHaveLength(1);
    expect(creates(recorded)).toHaveLength(1);
  });

  it('shows a refusal and keeps the draft', async () => {
    const { recorded, lookups, submitter } = await harness();
    const draft = typedDraft(lookups, 'Quick: Refused');
    await saveDraft(draft);
    // A client deleted in Envoice after the lists were cached: the form cannot know, the service refuses.
    const request = { ...requestFor(draft, lookups), clientId: 999_999 };

    const outcome = await submitter.submit(request);

    expect(outcome.kind).toBe('rejected');
    const error = outcome.kind === 'rejected' ? outcome.error : null;
    expect(error?.kind).toBe('api-fault');
    expect(describeError(error!).message).toContain('Please choose a client.');
    expect((await loadDraft(TODAY))?.draft).toEqual(draft);
    expect(invoicesNamed('Quick: Refused')).toEqual([]);
    expectDocumentedBodies(recorded);
  });

  it('finds an invoice whose answer was lost', async () => {
    // The sandbox creates the invoice, then the connection drops before the response arrives.
    const dropCreateAnswer = (fetch: typeof globalThis.fetch): typeof globalThis.fetch => async (input, init) => {
      const response = await fetch(input, init);
      if (new Request(input, init).url.endsWith('/api/invoice/new')) {
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const { recorded, lookups, submitter } = await harness(dropCreateAnswer);
    const request = requestFor(typedDraft(lookups, 'Quick: Lost answer'), lookups);

    const outcome = await submitter.submit(request);

    const [stored, ...others] = invoicesNamed('Quick: Lost answer');
    expect(others).toEqual([]);
    expect(outcome).toMatchObject({ kind: 'created', recovered: true, invoice: { id: stored!.id, number: stored!.number } });
    expect(stored!.notes).toMatch(/^Created with Envoice Companion \(ref\. [0-9a-f]{16}\)$/);
    expect(creates(recorded)).toHaveLength(1);
    expectDocumentedBodies(recorded);
  });

  it('offers a safe retry when nothing was created', async () => {
    const { recorded, lookups, submitter } = await harness();
    const request = requestFor(typedDraft(lookups, 'Quick: Dropped request'), lookups);
    env.sandbox.faults.add({ kind: 'reset', path: '/api/invoice/new' });

    const first = await submitter.submit(request);
    expect(first).toEqual({ kind: 'not-found', cause: 'network' });
    expect(invoicesNamed('Quick: Dropped request')).toEqual([]);

    const retried = await submitter.submit(request);
    expect(retried).toMatchObject({ kind: 'created', recovered: false });
    expect(invoicesNamed('Quick: Dropped request')).toHaveLength(1);
    expect(creates(recorded)).toHaveLength(2);
  });

  it('checks instead of resending after a timeout', async () => {
    const { recorded, lookups, submitter } = await harness(undefined, 1_000);
    const request = requestFor(typedDraft(lookups, 'Quick: Timed out'), lookups);
    env.sandbox.faults.add({ kind: 'timeout', path: '/api/invoice/new' });

    const outcome = await submitter.submit(request);

    expect(outcome).toEqual({ kind: 'not-found', cause: 'timeout' });
    expect(creates(recorded)).toHaveLength(1);
    expect(recorded.some((entry) => entry.path === '/api/invoice/all')).toBe(true);
  });
});
