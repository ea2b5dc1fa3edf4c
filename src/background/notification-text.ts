// Title and body of each desktop notification. Pure apart from `t()`, so every category and the
// summary can be checked without a browser.

import type { ActivityCategory, ActivityRecord } from '../shared/activity';
import { categorizeActivity } from '../shared/activity';
import { formatMoney } from '../shared/format';
import { t } from '../shared/i18n';

export interface NotificationText {
  title: string;
  message: string;
  contextMessage?: string;
  /** Chrome's notification priority, -2 to 2; Firefox accepts and ignores it. */
  priority: number;
}

/** Activity types with a title of their own, more specific than their category's. */
const TITLE_KEY_BY_TYPE: Partial<Record<string, string>> = {
  Opened: 'notify_title_opened',
  OpenedAttachment: 'notify_title_opened_attachment',
  DownloadedAsPdf: 'notify_title_downloaded',
  MarkAsPaidByTheClient: 'notify_title_marked_paid',
};

/** Categories in the order a summary lists them: money first, then what needs attention. */
export const SUMMARY_ORDER: readonly ActivityCategory[] = ['paid', 'viewed', 'overdue', 'rejected', 'sent', 'created', 'void', 'other'];

const SEPARATOR = ' · ';

function priorityOf(category: ActivityCategory): number {
  return category === 'paid' || category === 'overdue' || category === 'rejected' ? 1 : 0;
}

/** Names the invoice by its number, or by its id when the service sent no number. */
export function invoiceLabel(activity: Pick<ActivityRecord, 'invoiceNumber' | 'invoiceId'>): string {
  const number = activity.invoiceNumber?.trim() ?? '';
  return number !== '' ? number : t('notify_invoice_without_number', String(activity.invoiceId));
}

/**
 * Builds the notification for one activity: "INV-0042 paid" over "Acme GmbH · Invoice was paid",
 * with the amount as context when the activity carries one.
 */
export function describeActivity(activity: ActivityRecord): NotificationText {
  const category = categorizeActivity(activity.type);
  const titleKey = TITLE_KEY_BY_TYPE[activity.type] ?? `notify_title_${category}`;
  const detail = activity.message?.trim() || t(`notify_body_${category}`);
  const client = activity.clientName?.trim() ?? '';
  const text: NotificationText = {
    title: t(titleKey, invoiceLabel(activity)),
    message: client === '' ? detail : `${client}${SEPARATOR}${detail}`,
    priority: priorityOf(category),
  };
  if (activity.amount !== null) {
    text.contextMessage = formatMoney(activity.amount, activity.currencyCode);
  }
  return text;
}

/**
 * Builds the notification that stands for several activities at once: "5 new activities" (or
 * "While you were away") over "3 paid, 2 viewed". Categories with a zero count are left out.
 */
export function describeSummary(counts: Partial<Record<ActivityCategory, number>>, away: boolean): NotificationText {
  const parts = SUMMARY_ORDER.flatMap((category) => {
    const count = counts[category] ?? 0;
    return count > 0 ? [t(`notify_summary_count_${category}`, String(count))] : [];
  });
  const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
  const countTitle = total === 1 ? t('notify_summary_title_one') : t('notify_summary_title', String(total));
  const hasPaid = (counts.paid ?? 0) > 0 || (counts.overdue ?? 0) > 0;
  return {
    title: away ? t('notify_summary_title_away') : countTitle,
    message: new Intl.ListFormat(undefined, { style: 'short', type: 'unit' }).format(parts),
    ...(away ? { contextMessage: countTitle } : {}),
    priority: hasPaid ? 1 : 0,
  };
}
