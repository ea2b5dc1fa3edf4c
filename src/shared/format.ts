// Money and time as the popup and settings page show them, through the browser's Intl formatters
// so each user sees their own locale. Pure functions: the caller passes the clock and the locale.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Formats an amount in its ISO 4217 currency ("€1,234.50"). An unknown or missing code falls back
 * to the plain number followed by the code, because Intl throws a RangeError on invalid codes.
 */
export function formatMoney(amount: number, currencyCode: string | null, locale?: string): string {
  const code = currencyCode?.trim().toUpperCase() ?? '';
  if (code !== '') {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(amount);
    } catch {
      // Falls through to the plain form below.
    }
  }
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  return code === '' ? number : `${number} ${code}`;
}

const RELATIVE_STEPS: ReadonlyArray<{ unit: Intl.RelativeTimeFormatUnit; ms: number; below: number }> = [
  { unit: 'minute', ms: MINUTE_MS, below: HOUR_MS },
  { unit: 'hour', ms: HOUR_MS, below: DAY_MS },
  { unit: 'day', ms: DAY_MS, below: 30 * DAY_MS },
  { unit: 'month', ms: 30 * DAY_MS, below: 365 * DAY_MS },
  { unit: 'year', ms: 365 * DAY_MS, below: Number.POSITIVE_INFINITY },
];

/**
 * Formats the distance from `now` to `then` (both epoch milliseconds) in the largest whole unit:
 * "now" under a minute, then "5 min. ago", "3 hr. ago", "yesterday", and so on. Times in the
 * future (a skewed clock) read "in 5 min.".
 */
export function formatRelativeTime(then: number, now: number, locale?: string): string {
  const formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const distance = then - now;
  if (Math.abs(distance) < MINUTE_MS) {
    return formatter.format(0, 'second');
  }
  const step = RELATIVE_STEPS.find(({ below }) => Math.abs(distance) < below) ?? RELATIVE_STEPS[RELATIVE_STEPS.length - 1]!;
  return formatter.format(Math.trunc(distance / step.ms), step.unit);
}

/** Formats an epoch-millisecond time as a date and time for a tooltip ("Dec 4, 2026, 7:50 PM"). */
export function formatDateTime(time: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** Reads an ISO timestamp into epoch milliseconds; null when it is missing or not a date. */
export function parseTimestamp(iso: string | null): number | null {
  if (iso === null) {
    return null;
  }
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}
