// Links from the API reach `tabs.create`, so only plain web addresses pass: a `javascript:`,
// `data:` or `file:` link from a compromised or confused service must never open.

import { parseWebUrl } from '../shared/web-url';

/**
 * Parses a link and returns its normalised form when it is an absolute http(s) URL without
 * embedded credentials, else null.
 */
export function toSafeWebUrl(raw: unknown): string | null {
  const url = typeof raw === 'string' ? parseWebUrl(raw.trim()) : null;
  // A `user:password@` part is a common way to disguise the real host in a link.
  if (url === null || url.username !== '' || url.password !== '') {
    return null;
  }
  return url.href;
}
