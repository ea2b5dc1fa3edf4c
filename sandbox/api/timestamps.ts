/**
 * Timestamps in the forms the service's examples use. Every form carries a zone (an offset or
 * `Z`), and fractions have up to seven digits, as .NET writes them.
 */
const FORMS = [
  { offsetMinutes: 0, fractionDigits: 7 },
  { offsetMinutes: 60, fractionDigits: 7 },
  { offsetMinutes: 120, fractionDigits: 3 },
  { offsetMinutes: 0, fractionDigits: 0 },
] as const;

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes > 0 ? '+' : '-';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * Formats epoch ms in the form that `variant` selects (any integer, usually a record id), e.g.
 * `2026-11-30T09:15:02.1234567+01:00`. Digits beyond the millisecond come from `variant` too,
 * so the text is stable for a record.
 */
export function formatTimestamp(ms: number, variant: number): string {
  const form = FORMS[Math.abs(variant) % FORMS.length] ?? FORMS[0];
  const local = new Date(ms + form.offsetMinutes * 60_000).toISOString();
  const seconds = local.slice(0, 19);
  const millis = local.slice(20, 23);
  const subMillis = String((Math.abs(variant) * 7919) % 10_000).padStart(4, '0');
  const fraction = `${millis}${subMillis}`.slice(0, form.fractionDigits);
  return `${seconds}${fraction ? `.${fraction}` : ''}${formatOffset(form.offsetMinutes)}`;
}
