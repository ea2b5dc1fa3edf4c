import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, separatorsFor } from './parse-number';

const NARROW_NBSP = '\u202f';

function value(input: string, locale: string): number | string {
  const parsed = parseLocaleNumber(input, locale);
  return parsed.ok ? parsed.value : parsed.reason;
}

describe('separatorsFor', () => {
  it('reads the locale separators', () => {
    expect(separatorsFor('en-US')).toEqual({ group: ',', decimal: '.' });
    expect(separatorsFor('de-DE')).toEqual({ group: '.', decimal: ',' });
    expect(separatorsFor('fr-FR')).toEqual({ group: NARROW_NBSP, decimal: ',' });
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['en-US', '1.5', 1.5],
    ['en-US', '1,5', 1.5],
    ['en-US', '1,234', 1234],
    ['en-US', '1,234.56', 1234.56],
    ['en-US', '1,234,567', 1234567],
    ['en-US', '.5', 0.5],
    ['en-US', '  42 ', 42],
    ['de-DE', '1,5', 1.5],
    ['de-DE', '1.5', 1.5],
    ['de-DE', '1.234', 1234],
    ['de-DE', '1.234,56', 1234.56],
    ['de-DE', '1.234.567', 1234567],
    ['fr-FR', '1,5', 1.5],
    ['fr-FR', '1.5', 1.5],
    ['fr-FR', `1${NARROW_NBSP}234,56`, 1234.56],
    ['fr-FR', '1\u00a0234,56', 1234.56],
    ['fr-FR', '1 234', 1234],
    ['de-CH', '1’234.50', 1234.5],
    ['en-US', '-3', -3],
  ])('%s reads %j as %d', (locale, input, expected) => {
    expect(value(input, locale)).toBe(expected);
  });

  it.each([
    ['en-US', 'abc'],
    ['en-US', '1.2.3,4'],
    ['en-US', '12,34,56'],
    ['de-DE', '1,2,3'],
    ['en-US', '1e5'],
    ['en-US', '12abc'],
    ['en-US', '.'],
    ['en-US', '1,234.5.6'],
  ])('%s rejects %j', (locale, input) => {
    expect(value(input, locale)).toBe('invalid');
  });

  it('reports empty input apart from invalid input', () => {
    expect(value('', 'en-US')).toBe('empty');
    expect(value('   ', 'de-DE')).toBe('empty');
  });
});
