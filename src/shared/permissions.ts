// The host permission for the configured Envoice origin. Chrome grants it at install but lets the
// user withdraw it under "Site access"; Firefox may leave it ungranted until the user agrees. The
// worker checks it before every sync, and extension pages ask for it on a click.

import browser from 'webextension-polyfill';
import { ENVOICE_BASE_URL } from './build-config';
import { createLogger } from './log';

const log = createLogger('permissions');

/**
 * Builds the match pattern the manifest declares for the Envoice origin. Like `hostPermissionFor`
 * in manifest.config.ts, it leaves the port out, because Firefox rejects a port in a match pattern.
 */
export function envoiceOriginPattern(baseUrl: string = ENVOICE_BASE_URL): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Checks whether the browser currently grants access to the Envoice origin. Returns true when
 * the permissions API is missing, because then the manifest's grant is the only one there is.
 */
export async function hasHostPermission(): Promise<boolean> {
  const permissions = { origins: [envoiceOriginPattern()] };
  try {
    return await browser.permissions.contains(permissions);
  } catch (error) {
    log.warn('Checking the host permission failed, so the manifest grant is assumed to hold', error);
    return true;
  }
}

/**
 * Asks the user to grant access to the Envoice origin. Browsers accept this only during a user
 * gesture (a click), so call it straight from the handler, before any other await.
 */
export async function requestHostPermission(): Promise<boolean> {
  const permissions = { origins: [envoiceOriginPattern()] };
  try {
    return await browser.permissions.request(permissions);
  } catch (error) {
    log.warn('The host permission request failed', error);
    return false;
  }
}
