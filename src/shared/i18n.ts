// Every user-visible string goes through `t()`, so a missing or misspelt key shows up as the key
// itself instead of an empty label, and tests without a browser still get readable output.

import browser from 'webextension-polyfill';

/** Chrome and Firefox substitute at most nine `$1`…`$9` values per message. */
const MAX_SUBSTITUTIONS = 9;

/**
 * Looks up a message from `_locales/<lang>/messages.json`. Returns the key itself when the
 * message is missing or the i18n API is unavailable, because both browsers return an empty
 * string for an unknown key.
 */
export function t(key: string, substitutions?: string | number | ReadonlyArray<string | number>): string {
  const values = substitutions === undefined ? undefined : toStrings(substitutions);
  let message = '';
  try {
    message = browser.i18n.getMessage(key, values);
  } catch {
    // NOTE: the test fake and some non-extension contexts throw here; the key is still readable.
    message = '';
  }
  return message === '' ? key : message;
}

function toStrings(substitutions: string | number | ReadonlyArray<string | number>): string[] {
  const list = Array.isArray(substitutions) ? substitutions : [substitutions];
  return list.slice(0, MAX_SUBSTITUTIONS).map(String);
}
