import { t } from '../../shared/i18n';
import type { FieldError } from '../../shared/invoice/validate';

/** DOM id of a form control; field ids such as `l1.price` become `inv-l1-price`. */
export function controlId(fieldId: string): string {
  return `inv-${fieldId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function messageId(fieldId: string): string {
  return `${controlId(fieldId)}-error`;
}

/** Returns the ARIA attributes that tie a control to its error message, if it has one. */
export function errorAttributes(fieldId: string, error: FieldError | undefined) {
  return error === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': messageId(fieldId) };
}

/** Renders the plain-words error under a field. */
export function FieldMessage({ fieldId, error }: { fieldId: string; error: FieldError | undefined }) {
  if (error === undefined) {
    return null;
  }
  return (
    <p id={messageId(fieldId)} class="inv-field-error">
      {t(error.key, error.substitutions)}
    </p>
  );
}
