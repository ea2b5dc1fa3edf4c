import { categorizeActivity, type ActivityRecord } from '../../shared/activity';
import { t } from '../../shared/i18n';

// Message keys for the types worth their own wording; other types get their category's key.
const TITLE_KEY_BY_TYPE: Partial<Record<string, string>> = {
  Opened: 'popup_activity_opened',
  Viewed: 'popup_activity_viewed',
  OpenedAttachment: 'popup_activity_attachment',
  DownloadedAsPdf: 'popup_activity_downloaded',
  Paid: 'popup_activity_paid',
  MarkAsPaidByTheClient: 'popup_activity_marked_paid',
  SentReminderViaEmail: 'popup_activity_reminder',
  SentReminderViaSms: 'popup_activity_reminder',
  Draft: 'popup_activity_draft',
  Updated: 'popup_activity_updated',
  OrderUpdated: 'popup_activity_updated',
  OrderCreated: 'popup_activity_created',
  Unpaid: 'popup_activity_unpaid',
  ChangeStatus: 'popup_activity_status',
  SentToAccountant: 'popup_activity_accountant',
  InvoiceDigitallySigned: 'popup_activity_signed',
};

const TITLE_KEY_BY_CATEGORY = {
  viewed: 'popup_activity_viewed',
  paid: 'popup_activity_payment',
  overdue: 'popup_activity_overdue',
  sent: 'popup_activity_sent',
  created: 'popup_activity_created',
  void: 'popup_activity_void',
  rejected: 'popup_activity_rejected',
  other: 'popup_activity_other',
} as const;

/** Returns the invoice number the user knows, or `#<id>` when the invoice has none. */
export function invoiceLabel(activity: ActivityRecord): string {
  const number = activity.invoiceNumber?.trim() ?? '';
  return number === '' ? `#${activity.invoiceId}` : number;
}

/**
 * Builds a one-line title that reads "Invoice INV-7 viewed" for every known type; estimate
 * activity and types this version does not know read "Invoice INV-7: new activity".
 */
export function activityTitle(activity: ActivityRecord): string {
  const key = TITLE_KEY_BY_TYPE[activity.type] ?? TITLE_KEY_BY_CATEGORY[categorizeActivity(activity.type)];
  return t(key, invoiceLabel(activity));
}
