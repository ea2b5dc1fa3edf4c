// Timestamps in Envoice answers. The service writes .NET round-trip strings with an offset (`+01:00`)
// or `Z` and up to seven fractional digits; JavaScript's Date parses at most three, so the rest
// is cut before parsing. The result is always an ISO 8601 string in UTC.

const ISO_PATTERN =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** ASP.NET's older JSON date form, `/Date(1764490502123)/` or `/Date(1764490502123+0100)/`. */
const DOTNET_DATE_PATTERN = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/**
 * Converts a service timestamp to an ISO string in UTC, or `null` when it is missing or unreadable.
 * NOTE: a timestamp without an offset is read as UTC. The document does not say which zone such
 * values use, and the service's examples always carry one.
 */
export function readTimestamp(raw: unknown): string | null {
  if (typeof raw !== 'string') {
    return null;
  }
  const text = raw.trim();
  const dotnet = DOTNET_DATE_PATTERN.exec(text);
  if (dotnet) {
    return toIso(Number(dotnet[1]));
  }
  const match = ISO_PATTERN.exec(text);
  if (!match) {
    return null;
  }

  const [, date, hoursMinutes = '00:00', seconds = '00', fraction = '', zone = 'Z'] = match;
  const millis = fraction.slice(0, 3).padEnd(3, '0');
  const offset = normalizeOffset(zone);
  if (!isCalendarDate(date ?? '')) {
    return null;
  }
  return toIso(Date.parse(`${date}T${hoursMinutes}:${seconds}.${millis}${offset}`));
}

function normalizeOffset(zone: string): string {
  if (zone.toUpperCase() === 'Z') {
    return 'Z';
  }
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4).padEnd(2, '0')}`;
}

/** Rejects dates such as 2026-02-30, which Date.parse would roll over into March. */
function isCalendarDate(date: string): boolean {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function toIso(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
