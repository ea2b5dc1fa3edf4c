import { categorizeActivity, type ActivityRecord } from '../../shared/activity';
import { t } from '../../shared/i18n';

// Each title's message key is `popup_activity_` and a suffix, which keeps the popup bundle small.
// Types worth their own wording have a suffix here; other types use their category's name.
const TITLE_BY_TYPE: Partial<Record<string, string>> = {
  Opened: 'opened',
  OpenedAttachment: 'attachment',
  DownloadedAsPdf: 'downloaded',
  Paid: 'paid',
  MarkAsPaidByTheClient: 'marked_paid',
  SentReminderViaEmail: 'reminder',
  SentReminderViaSms: 'reminder',
  Draft: 'draft',
  Updated: 'updated',
  Unpaid: 'unpaid',
  ChangeStatus: 'status',
  SentToAccountant: 'accountant',
  InvoiceDigitallySigned: 'signed',
};

/** Returns the invoice number shown in Envoice, or `#<id>` when the invoice has none. */
export function invoiceLabel(activity: ActivityRecord): string {
  const number = activity.invoiceNumber?.trim() ?? '';
  return number === '' ? `#${activity.invoiceId}` : number;
}

/**
 * Builds a one-line title that reads "Invoice INV-7 viewed" for every known type; estimate
 * activity and types this version does not know read "Invoice INV-7: new activity".
 */
export function activityTitle(activity: ActivityRecord): string {
  const category = categorizeActivity(activity.type);
  // Payments of every kind share one title; `paid` is kept for the Paid type itself.
  const suffix = TITLE_BY_TYPE[activity.type] ?? (category === 'paid' ? 'payment' : category);
  return t(`popup_activity_${suffix}`, invoiceLabel(activity));
}
