// Reads a number as people type it. "1,5" and "1.5" both mean one and a half where that is
// unambiguous. Where it is not, the locale's own group and decimal separators (from Intl) win,
// so "1,234" is 1234 in en-US but 1.234 in de-DE.

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

export interface NumberSeparators {
  group: string;
  decimal: string;
}

/** Spaces of every width that locales use as group separators (fr-FR uses U+202F). */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
const APOSTROPHES = /['\u2019]/g;

export function separatorsFor(locale?: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

/** Tells whether `groups` (the digit runs after the first group separator) are all three digits long. */
function validGrouping(head: string, groups: readonly string[]): boolean {
  return head.length >= 1 && head.length <= 3 && groups.every((group) => group.length === 3);
}

function toNumber(integer: string, fraction: string, negative: boolean): ParsedNumber {
  if (integer === '' && fraction === '') {
    return { ok: false, reason: 'invalid' };
  }
  const value = Number(`${integer || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? { ok: true, value: negative ? -value : value } : { ok: false, reason: 'invalid' };
}

/** Splits on one separator kind used as digit grouping; null when the grouping is not valid. */
function ungroup(text: string, separator: string): string | null {
  const [head = '', ...groups] = text.split(separator);
  return validGrouping(head, groups) ? head + groups.join('') : null;
}

export function parseLocaleNumber(input: string, locale?: string): ParsedNumber {
  const { group } = separatorsFor(locale);
  let text = input.replace(SPACES, '').replace(APOSTROPHES, '');
  if (text === '') {
    return { ok: false, reason: 'empty' };
  }
  const negative = text.startsWith('-') || text.startsWith('\u2212');
  if (negative) {
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text)) {
    return { ok: false, reason: 'invalid' };
  }

  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot === -1 && lastComma === -1) {
    return toNumber(text, '', negative);
  }

  // Both kinds present: the later one is the decimal separator, the other only groups digits.
  if (lastDot !== -1 && lastComma !== -1) {
    const decimalAt = Math.max(lastDot, lastComma);
    const groupSeparator = decimalAt === lastDot ? ',' : '.';
    const integer = ungroup(text.slice(0, decimalAt), groupSeparator);
    const fraction = text.slice(decimalAt + 1);
    if (integer === null || /[.,]/.test(fraction)) {
      return { ok: false, reason: 'invalid' };
    }
    return toNumber(integer, fraction, negative);
  }

  const separator = lastDot === -1 ? ',' : '.';
  const pieces = text.split(separator);
  if (pieces.length > 2) {
    const integer = ungroup(text, separator);
    return integer === null ? { ok: false, reason: 'invalid' } : toNumber(integer, '', negative);
  }

  // One separator: it groups digits only where the locale groups with it and three digits follow.
  const [integer = '', fraction = ''] = pieces;
  if (separator === group && fraction.length === 3 && integer.length >= 1 && integer.length <= 3) {
    return toNumber(integer + fraction, '', negative);
  }
  return toNumber(integer, fraction, negative);
}
