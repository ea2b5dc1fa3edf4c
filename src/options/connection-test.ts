import { EnvoiceError, isEnvoiceError } from '../shared/api/errors';
import { ENVOICE_BASE_URL } from '../shared/build-config';
import { t } from '../shared/i18n';
import { hasHostPermission } from '../shared/permissions';
import { settingsErrorText } from './error-text';

export interface ConnectionResult {
  ok: boolean;
  text: string;
}

/**
 * Requests one invoice from Envoice with the given credentials, saved or not, and reports in
 * plain words whether that worked. The secret goes only to ENVOICE_BASE_URL.
 */
export async function testConnection(apiKey: string, apiSecret: string): Promise<ConnectionResult> {
  if (apiKey.trim() === '') {
    return { ok: false, text: t('options_error_key_missing') };
  }
  if (apiSecret.trim() === '') {
    return { ok: false, text: t('options_error_secret_missing') };
  }

  try {
    if (!(await hasHostPermission())) {
      throw new EnvoiceError('permission', 'The browser withholds access to the Envoice origin.');
    }
    // Loaded on the first test, so the API client and ky stay out of the chunk both pages load first.
    const { createEnvoiceClient } = await import('../shared/api/client');
    const client = createEnvoiceClient({ baseUrl: ENVOICE_BASE_URL, apiKey: apiKey.trim(), apiSecret: apiSecret.trim() });
    const page = await client.listInvoices(1, 1);
    const key = page.totalCount === 1 ? 'options_test_success_one' : 'options_test_success';
    return { ok: true, text: t(key, String(page.totalCount)) };
  } catch (error) {
    if (isEnvoiceError(error)) {
      return { ok: false, text: settingsErrorText(error) };
    }
    return { ok: false, text: t('options_test_failed', error instanceof Error ? error.message : String(error)) };
  }
}
