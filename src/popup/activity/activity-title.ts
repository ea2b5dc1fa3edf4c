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

/** Spells a type name as words: "ChangeStatus" becomes "Change status", "Unknown(77)" becomes "77". */
export function humanizeType(type: string): string {
  const raw = /^Unknown\((.*)\)$/.exec(type)?.[1] ?? type;
  const words = raw.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Builds a one-line title such as "Invoice INV-7 viewed" from the activity type and invoice number. */
export function activityTitle(activity: ActivityRecord): string {
  const key = TITLE_KEY_BY_TYPE[activity.type] ?? TITLE_KEY_BY_CATEGORY[categorizeActivity(activity.type)];
  return t(key, [invoiceLabel(activity), humanizeType(activity.type)]);
}
