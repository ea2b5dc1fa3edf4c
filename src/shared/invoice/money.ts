// Rounding to an invoice currency's minor units. The service sends alphabetic ISO 4217 codes in
// some models and numeric ones ("978") in others, so a code Intl does not accept means two decimals.
// Formatting for display lives in ../format.ts.

const FALLBACK_DIGITS = 2;

function isAlphaCurrency(code: string | null | undefined): code is string {
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code);
}

/** Returns the number of minor-unit digits of a currency: 2 for EUR, 0 for JPY, 3 for BHD. */
export function minorUnitDigits(currencyCode: string | null | undefined): number {
  if (!isAlphaCurrency(currencyCode)) {
    return FALLBACK_DIGITS;
  }
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions().maximumFractionDigits ?? FALLBACK_DIGITS;
  } catch {
    return FALLBACK_DIGITS;
  }
}

/**
 * Rounds half away from zero to `digits` decimals. Shifting through the exponent notation keeps
 * values such as 1.005 from rounding down the way `Math.round(1.005 * 100)` does.
 */
export function roundTo(amount: number, digits: number): number {
  // From 10^21 on, a number prints in exponent notation (which the shift below cannot extend) and has no fraction to round.
  if (!Number.isFinite(amount) || Math.abs(amount) >= 1e21) {
    return amount;
  }
  const sign = amount < 0 ? -1 : 1;
  const shifted = Math.round(Number(`${Math.abs(amount)}e${digits}`));
  return sign * Number(`${shifted}e-${digits}`);
}
