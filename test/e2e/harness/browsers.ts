// Decides what a browser suite does when its browser is missing. Locally it skips with a loud
// line; with CI=true it fails, so a CI machine without the browser never passes.

import type { BrowserLookup } from '../../../scripts/lib/browsers';

export { findBrowser, type BrowserLookup, type BrowserName } from '../../../scripts/lib/browsers';

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Decides whether a browser suite runs. Returns true to skip (locally, browser missing) after
 * printing a loud SKIPPED line. In CI a missing browser never skips: the suite runs and
 * `requireBrowser` fails it.
 */
export function shouldSkip(lookup: BrowserLookup): boolean {
  if (lookup.path || IN_CI) return false;
  console.warn(`\n*** SKIPPED: ${lookup.missing} ***\n`);
  return true;
}

/** Returns the browser's path or throws the reason it is missing. */
export function requireBrowser(lookup: BrowserLookup): string {
  if (!lookup.path) throw new Error(`${lookup.missing}${IN_CI ? ' (CI=true, so a missing browser is a failure)' : ''}`);
  return lookup.path;
}
