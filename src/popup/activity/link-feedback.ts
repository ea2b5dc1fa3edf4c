import { describeError } from '../../shared/error-display';
import { isEnvoiceError } from '../../shared/api/errors';
import { t } from '../../shared/i18n';
import { MissingLinkError } from './share-link';

/** Describes in plain words why copying or opening a link failed. */
export function describeLinkFailure(error: unknown, failedKey: 'popup_copy_failed' | 'popup_open_failed'): string {
  if (isEnvoiceError(error)) {
    return describeError(error).message;
  }
  if (error instanceof MissingLinkError) {
    return t('popup_no_link');
  }
  const reason = error instanceof Error && error.message !== '' ? error.message : String(error);
  return t(failedKey, reason);
}
