// Calendar dates as "YYYY-MM-DD" strings in the user's local time zone: the day the user sees on
// their calendar, not the UTC day, is the invoice's issue date.

const DAY_MS = 24 * 60 * 60 * 1000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function toIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayLocal(now: Date = new Date()): string {
  return toIsoDate(now);
}

/** Tells whether a string is a real calendar date in "YYYY-MM-DD" form (so "2026-02-30" is not). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Adds whole days to an ISO date; computed in UTC so a daylight-saving change cannot skip a day. */
export function addDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both ISO dates or timestamps; NaN when either is unreadable. */
export function daysBetween(from: string, to: string): number {
  const start = Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from);
  const end = Date.parse(to.length === 10 ? `${to}T00:00:00Z` : to);
  return (end - start) / DAY_MS;
}
