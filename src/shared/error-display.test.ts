import { beforeEach, describe, expect, it } from 'vitest';
import type { EnvoiceErrorKind, StoredError } from './api/errors';
import { EnvoiceError } from './api/errors';
import { ERROR_DISPLAY, describeError, toStoredError } from './error-display';
import { useEnglishMessages } from './ui/testing/locale';

const AT = Date.parse('2026-11-30T12:00:00Z');

function stored(kind: EnvoiceErrorKind, extra: Partial<StoredError> = {}): StoredError {
  return { kind, message: 'technical detail', at: AT, ...extra };
}

beforeEach(() => {
  useEnglishMessages();
});

describe('describeError', () => {
  it.each([
    ['not-configured', 'Add your Envoice API key and secret in the settings.'],
    ['unauthorized', 'Envoice rejected the API key or secret. Check them in the settings.'],
    ['network', 'No connection to Envoice. Check your internet connection.'],
    ['timeout', 'Envoice took too long to answer.'],
    ['server', 'Envoice is having trouble right now.'],
    ['invalid-response', 'Envoice sent an answer we could not read.'],
    ['unexpected', 'Something went wrong inside Envoice Companion.'],
  ] as const)('%s shows its sentence', (kind, text) => {
    expect(describeError(stored(kind)).message).toBe(text);
  });

  it('every kind has short badge text and a message', () => {
    for (const kind of Object.keys(ERROR_DISPLAY) as EnvoiceErrorKind[]) {
      const description = describeError(stored(kind, { message: 'x' }));
      expect(description.badgeText.length).toBeGreaterThan(0);
      expect(description.badgeText.length).toBeLessThanOrEqual(4);
      expect(description.badgeColor).toMatch(/^#[0-9a-f]{6}$/);
      expect(description.message).not.toBe(description.messageKey);
    }
  });

  it('rate limit names the retry time', () => {
    const description = describeError(stored('rate-limited', { retryAfterMs: 5 * 60_000 }), { locale: 'en-GB' });
    const expected = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(AT + 5 * 60_000);
    expect(description.message).toBe(`Envoice asked us to slow down. Trying again at ${expected}.`);
    expect(description.badgeText).toBe('…');
  });

  it('rate limit prefers the caller retry time', () => {
    const retryAt = AT + 3_600_000;
    const description = describeError(stored('rate-limited', { retryAfterMs: 1000 }), { retryAt, locale: 'en-GB' });
    expect(description.message).toContain(new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(retryAt));
  });

  it('rate limit without a time', () => {
    expect(describeError(stored('rate-limited')).message).toBe('Envoice asked us to slow down for a while.');
  });

  it('api fault shows the service text', () => {
    const description = describeError(new EnvoiceError('api-fault', 'POST api/invoice/new failed', { userMessage: 'The client does not exist.' }));
    expect(description.message).toBe('Envoice refused the request: The client does not exist.');
  });

  it('api fault without text', () => {
    expect(describeError(stored('api-fault', { message: ' ' })).message).toBe('Envoice refused the request without saying why.');
  });

  it('permission names the origin', () => {
    expect(describeError(stored('permission')).message).toBe(
      'Envoice Companion needs permission to reach https://www.envoice.in. Click "Grant access".',
    );
  });

  it('unknown stored kind falls back', () => {
    const legacy = { kind: 'gone-away', message: '', at: AT } as unknown as StoredError;
    expect(describeError(legacy).messageKey).toBe('error_unexpected');
  });
});

describe('toStoredError', () => {
  it('keeps kind and Retry-After', () => {
    const error = new EnvoiceError('rate-limited', 'GET api/invoice/all failed', { status: 429, retryAfterMs: 7000 });
    expect(toStoredError(error, AT)).toEqual({ kind: 'rate-limited', message: 'GET api/invoice/all failed', retryAfterMs: 7000, at: AT });
  });

  it('omits absent Retry-After', () => {
    expect(toStoredError(new EnvoiceError('server', 'failed'), AT)).not.toHaveProperty('retryAfterMs');
  });

  it('api fault keeps the service text', () => {
    const error = new EnvoiceError('api-fault', 'technical', { userMessage: 'Invoice number already used.' });
    expect(toStoredError(error, AT).message).toBe('Invoice number already used.');
  });

  it('other errors become unexpected', () => {
    expect(toStoredError(new RangeError('bad date'), AT)).toEqual({ kind: 'unexpected', message: 'RangeError: bad date', at: AT });
    expect(toStoredError('boom', AT).kind).toBe('unexpected');
  });

  it('other errors lose header values and length', () => {
    const result = toStoredError(new Error(`x-auth-secret: hunter2hunter2 ${'y'.repeat(1000)}`), AT);
    expect(result.message).not.toContain('hunter2hunter2');
    expect(result.message.length).toBeLessThanOrEqual(300);
  });
});
