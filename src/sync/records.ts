// Builds the feed's ActivityRecord from what the API returned: a log entry from an invoice's
// details, or a status change seen only in the invoice list.

import type { ActivityCategory, ActivityRecord } from '../shared/activity';
import type { ActivityType } from '../shared/api/enums';
import type { InvoiceActivity, InvoiceSummary } from '../shared/api/types';

export function activityKey(activityId: number): string {
  return `a:${activityId}`;
}

export function statusKey(invoiceId: number, status: string): string {
  return `s:${invoiceId}:${status}`;
}

/** The log category that explains the arrival of a status, or null for statuses with no matching entry. */
export function categoryOfStatus(status: string): ActivityCategory | null {
  switch (status) {
    case 'Paid':
      return 'paid';
    case 'Overdue':
      return 'overdue';
    case 'Void':
      return 'void';
    default:
      return null;
  }
}

export function logRecord(activity: InvoiceActivity, invoice: InvoiceSummary, detectedAt: number): ActivityRecord {
  return {
    key: activityKey(activity.id),
    activityId: activity.id,
    type: activity.type,
    invoiceId: invoice.id,
    invoiceNumber: activity.invoiceNumber ?? invoice.number,
    clientName: invoice.clientName,
    amount: invoice.total,
    currencyCode: invoice.currency?.code ?? null,
    message: activity.message,
    link: activity.link,
    occurredAt: activity.createdOn,
    detectedAt,
  };
}

/** A status change seen in the list, recorded as an activity of the same name (Paid, Overdue, Void). */
export function statusRecord(invoice: InvoiceSummary, detectedAt: number): ActivityRecord {
  return {
    key: statusKey(invoice.id, invoice.status),
    activityId: null,
    type: invoice.status as ActivityType,
    invoiceId: invoice.id,
    invoiceNumber: invoice.number,
    clientName: invoice.clientName,
    amount: invoice.total,
    currencyCode: invoice.currency?.code ?? null,
    message: null,
    link: null,
    occurredAt: null,
    detectedAt,
  };
}
