import { describe, expect, it } from 'vitest';
import { documentedOperations, validateRequestBody, validateResponse } from '../../test/openapi';

const LIST = '/api/invoice/all';

function list(invoice: Record<string, unknown>): unknown {
  return { Result: [{ Id: 1, Number: 'INV-0001', ...invoice }], Count: 1, TotalCount: 1, IsFaulted: false, ErrorMessages: [] };
}

function details(activity: Record<string, unknown>): unknown {
  return { Id: 1, Activities: [{ Id: 1, Type: 'Viewed', Message: 'm', Link: 'x', InvoiceNumber: 'INV-0001', ...activity }] };
}

describe('validateResponse', () => {
  it('accepts a documented body', () => {
    expect(validateResponse('GET', LIST, 200, list({ Status: 'Paid' })).valid).toBe(true);
  });

  it('integer enum only with quirks', () => {
    expect(validateResponse('GET', LIST, 200, list({ Status: 1 })).valid).toBe(false);
    expect(validateResponse('GET', LIST, 200, list({ Status: 1 }), { quirks: true }).valid).toBe(true);
  });

  it('rejects an enum index out of range', () => {
    expect(validateResponse('GET', LIST, 200, list({ Status: 5 }), { quirks: true }).valid).toBe(false);
  });

  it('rejects an integer for a plain string', () => {
    expect(validateResponse('GET', LIST, 200, list({ Number: 5 }), { quirks: true }).valid).toBe(false);
  });

  it('null string only with quirks', () => {
    expect(validateResponse('GET', LIST, 200, list({ Notes: null })).valid).toBe(false);
    expect(validateResponse('GET', LIST, 200, list({ Notes: null }), { quirks: true }).valid).toBe(true);
  });

  it('rejects a null amount even with quirks', () => {
    expect(validateResponse('GET', LIST, 200, list({ TotalAmount: null }), { quirks: true }).valid).toBe(false);
  });

  it('rejects unknown properties', () => {
    const result = validateResponse('GET', LIST, 200, list({ DueDate: '2026-01-01T00:00:00Z' }), { quirks: true });

    expect(result.valid).toBe(false);
    expect(result.errors.join()).toContain('DueDate');
  });

  it('rejects a timestamp without zone', () => {
    expect(validateResponse('GET', LIST, 200, list({ IssuedOn: '2026-01-01T00:00:00' }), { quirks: true }).valid).toBe(false);
  });

  it('activity CreatedOn only with quirks', () => {
    const body = details({ CreatedOn: '2026-11-30T09:15:02.1234567+01:00' });

    expect(validateResponse('GET', '/api/invoice/details', 200, body).valid).toBe(false);
    expect(validateResponse('GET', '/api/invoice/details', 200, body, { quirks: true }).valid).toBe(true);
  });

  it('ignores the query string', () => {
    expect(validateResponse('GET', `${LIST}?queryOptions.page=1`, 200, list({})).valid).toBe(true);
  });

  it('reports an undocumented status', () => {
    expect(validateResponse('GET', LIST, 401, { Message: 'x' }).errors).toEqual(['Status 401 is not documented for GET /api/invoice/all.']);
  });

  it('reports an unknown path', () => {
    expect(validateResponse('GET', '/api/nothing', 200, {}).valid).toBe(false);
  });
});

describe('validateRequestBody', () => {
  it('accepts an invoice', () => {
    const body = { ClientId: 1, CurrencyId: 1, Status: 'Unpaid', Items: [{ WorkTypeId: 1, Quantity: 1, Cost: 5, TaxPercentage: 18 }] };
    expect(validateRequestBody('POST', '/api/invoice/new', body).errors).toEqual([]);
  });

  it('rejects an unknown status', () => {
    expect(validateRequestBody('POST', '/api/invoice/new', { Status: 'Sent' }).valid).toBe(false);
  });

  it('rejects a misspelt field', () => {
    expect(validateRequestBody('POST', '/api/invoice/new', { DueDate: '2026-01-01T00:00:00Z' }).valid).toBe(false);
  });
});

describe('documentedOperations', () => {
  it('lists the invoice endpoints', () => {
    expect(documentedOperations()).toContainEqual({ method: 'GET', path: '/api/invoice/all' });
    expect(documentedOperations()).toContainEqual({ method: 'POST', path: '/api/invoice/new' });
  });
});
