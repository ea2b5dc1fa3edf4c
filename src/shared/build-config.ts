// Values fixed when the extension is built. Tests run without Vite's `define`, so each read falls
// back to the production value when the global is missing.

function readDefine<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Origin of the Envoice API, without a trailing slash: `ENVOICE_BASE_URL` at build time. */
export const ENVOICE_BASE_URL: string = readDefine(() => __ENVOICE_BASE_URL__, 'https://www.envoice.in').replace(/\/+$/, '');

/**
 * Credentials baked into a development build from `ENVOICE_API_KEY` and `ENVOICE_API_SECRET`, used
 * until the user saves their own. Empty in a store build; the package script rejects builds that carry them.
 */
export const DEV_CREDENTIALS = {
  apiKey: readDefine(() => __DEV_API_KEY__, ''),
  apiSecret: readDefine(() => __DEV_API_SECRET__, ''),
};

export const TARGET_BROWSER: 'chrome' | 'firefox' = readDefine(() => __TARGET_BROWSER__, 'chrome');
