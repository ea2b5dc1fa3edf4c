import type { EnvoiceError, StoredError } from '../shared/api/errors';
import { describeError } from '../shared/error-display';
import { t } from '../shared/i18n';

/**
 * Describes a failure as the settings page shows it. The shared text for a rejected key ends with
 * "check them in the settings", which reads oddly on the settings page itself.
 */
export function settingsErrorText(error: StoredError | EnvoiceError): string {
  return error.kind === 'unauthorized' ? t('options_error_unauthorized') : describeError(error).message;
}
