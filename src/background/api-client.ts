// The worker's one way to an API client, so tests can replace it with a fake in one place.

import { createClientFromSettings } from '../shared/api/client';
import type { EnvoiceApi } from '../shared/api/types';
import type { Settings } from '../shared/settings';
import { hasCredentials, loadSettings } from '../shared/settings';

export function createApi(settings: Settings): EnvoiceApi {
  return createClientFromSettings(settings);
}

/** Reads an invoice's public share link; null when no credentials are saved. */
export async function fetchShareLink(invoiceId: number): Promise<string | null> {
  const settings = await loadSettings();
  if (!hasCredentials(settings)) {
    return null;
  }
  return await createApi(settings).getInvoiceShareLink(invoiceId);
}
