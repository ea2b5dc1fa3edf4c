// Web addresses that arrive as text, from the API, from storage or from the build, are parsed here.

/**
 * Parses an absolute http(s) URL. Returns null for text that is not a URL and for every other
 * scheme, so a `javascript:`, `data:` or `file:` address never gets through.
 */
export function parseWebUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}
