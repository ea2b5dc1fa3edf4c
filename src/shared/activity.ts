// The extension's own record of one thing that happened on an invoice, modelled on the webhook
// payload (the fullest published activity shape) plus what the notification and popup need.

import type { ActivityType } from './api/enums';

export interface ActivityRecord {
  /**
   * Stable identity across syncs, workers and browsers: `a:<activityId>` for an entry of an
   * invoice's activity log, `s:<invoiceId>:<status>` for a status change seen only in the invoice
   * list. Notification ids derive from it, so a repeat replaces instead of duplicating.
   */
  key: string;
  activityId: number | null;
  type: ActivityType;
  invoiceId: number;
  invoiceNumber: string | null;
  clientName: string | null;
  amount: number | null;
  currencyCode: string | null;
  message: string | null;
  /** The activity's own link, else the invoice's share link, else null. */
  link: string | null;
  /** Time it happened (ISO, UTC), when the service sends one. */
  occurredAt: string | null;
  /** When the sync found it, epoch milliseconds. */
  detectedAt: number;
}

export type ActivityCategory = 'viewed' | 'paid' | 'overdue' | 'sent' | 'created' | 'void' | 'rejected' | 'other';

const CATEGORY_BY_TYPE: Partial<Record<string, ActivityCategory>> = {
  Opened: 'viewed',
  Viewed: 'viewed',
  OpenedAttachment: 'viewed',
  DownloadedAsPdf: 'viewed',
  Paid: 'paid',
  MarkAsPaidByTheClient: 'paid',
  NewManualPayment: 'paid',
  Overdue: 'overdue',
  SentViaEmail: 'sent',
  SentViaSms: 'sent',
  SentReminderViaEmail: 'sent',
  SentReminderViaSms: 'sent',
  Created: 'created',
  Cloned: 'created',
  Void: 'void',
  Rejected: 'rejected',
};

/** Groups activity types the way the user thinks of them; every `NewPaymentWith…` type is a payment. */
export function categorizeActivity(type: ActivityType): ActivityCategory {
  if (type.startsWith('NewPaymentWith')) {
    return 'paid';
  }
  return CATEGORY_BY_TYPE[type] ?? 'other';
}

/** Whether an activity is worth a desktop notification: what the client did, not what the user did. */
export function isNotifiable(type: ActivityType): boolean {
  const category = categorizeActivity(type);
  return category === 'viewed' || category === 'paid' || category === 'overdue' || category === 'rejected';
}
