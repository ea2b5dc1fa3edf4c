import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatRelativeTime, parseTimestamp } from './format';

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);
const MINUTE = 60_000;

describe('formatMoney', () => {
  it('formats euros in English and German', () => {
    expect(formatMoney(1234.5, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMoney(1234.5, 'EUR', 'de')).toBe('1.234,50\u00a0€');
  });

  it('uses the currency minor units', () => {
    expect(formatMoney(1234.5, 'JPY', 'en')).toBe('¥1,235');
    expect(formatMoney(10, 'USD', 'en')).toBe('$10.00');
  });

  it('accepts a lower-case code', () => {
    expect(formatMoney(5, 'gbp', 'en')).toBe('£5.00');
  });

  it('falls back on an invalid code', () => {
    expect(formatMoney(1234.5, 'EURO', 'en')).toBe('1,234.50 EURO');
  });

  it('shows the number alone without a code', () => {
    expect(formatMoney(99, null, 'en')).toBe('99.00');
    expect(formatMoney(99, '  ', 'en')).toBe('99.00');
  });
});

describe('formatRelativeTime', () => {
  it('reads now under a minute', () => {
    expect(formatRelativeTime(NOW - 30_000, NOW, 'en')).toBe('now');
    expect(formatRelativeTime(NOW + 30_000, NOW, 'en')).toBe('now');
  });

  it('counts minutes, hours and days', () => {
    expect(formatRelativeTime(NOW - 5 * MINUTE, NOW, 'en')).toBe('5 min. ago');
    expect(formatRelativeTime(NOW - 3 * 60 * MINUTE, NOW, 'en')).toBe('3 hr. ago');
    expect(formatRelativeTime(NOW - 24 * 60 * MINUTE, NOW, 'en')).toBe('yesterday');
    expect(formatRelativeTime(NOW - 3 * 24 * 60 * MINUTE, NOW, 'en')).toBe('3 days ago');
  });

  it('rounds down to whole units', () => {
    expect(formatRelativeTime(NOW - 119_000, NOW, 'en')).toBe('1 min. ago');
    expect(formatRelativeTime(NOW - 59 * MINUTE, NOW, 'en')).toBe('59 min. ago');
  });

  it('counts months and years', () => {
    expect(formatRelativeTime(NOW - 65 * 24 * 60 * MINUTE, NOW, 'en')).toBe('2 mo. ago');
    expect(formatRelativeTime(NOW - 800 * 24 * 60 * MINUTE, NOW, 'en')).toBe('2 yr. ago');
  });

  it('reads a future time forward', () => {
    expect(formatRelativeTime(NOW + 5 * MINUTE, NOW, 'en')).toBe('in 5 min.');
  });
});

describe('formatDateTime', () => {
  it('includes date and time', () => {
    const text = formatDateTime(NOW, 'en');
    expect(text).toContain('2026');
    expect(text).toMatch(/\d{1,2}:\d{2}/);
  });
});

describe('parseTimestamp', () => {
  it('reads ISO timestamps with offsets', () => {
    expect(parseTimestamp('2026-12-04T12:00:00Z')).toBe(NOW);
    expect(parseTimestamp('2026-12-04T13:00:00+01:00')).toBe(NOW);
  });

  it('returns null for missing or invalid input', () => {
    expect(parseTimestamp(null)).toBeNull();
    expect(parseTimestamp('yesterday')).toBeNull();
  });
});
