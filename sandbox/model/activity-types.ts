/** The activity `Type` enum of the API document, in its order, so an index is the integer form. */
export const ACTIVITY_TYPES = [
  'Created', 'Draft', 'Cloned', 'SentViaEmail', 'SentViaSms', 'SentReminderViaEmail',
  'SentReminderViaSms', 'Opened', 'Viewed', 'Rejected', 'Updated', 'Paid', 'Unpaid', 'Overdue',
  'NewManualPayment', 'NewPaymentWithPaypal', 'NewPaymentWithStripe', 'NewPaymentWithPayoneer',
  'SentToAccountant', 'DownloadedAsPdf', 'MarkAsPaidByTheClient', 'OpenedAttachment',
  'NewPaymentWithSquare', 'NewPaymentWithKlikAndPay', 'NewPaymentWithRazorpay',
  'NewPaymentWithWepay', 'NewPaymentWithHalkbank', 'ChangeStatus', 'OrderUpdated', 'OrderCreated',
  'NewPaymentWithTwoCheckout', 'NewPaymentWithPaymentWall', 'NewPaymentWithBamboraEU',
  'NewPaymentWithBamboraNA', 'Void', 'NewPaymentWithNlb', 'NewPaymentWithAuthorizeNet',
  'NewPaymentWithBraintree', 'EstimationCreated', 'EstimationDraft', 'EstimationCloned',
  'EstimationSentViaEmail', 'EstimationOpened', 'EstimationViewed', 'EstimationAccepted',
  'EstimationRejected', 'EstimationUpdated', 'EstimationDownloadedAsPdf', 'InvoiceDigitallySigned',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

const TYPE_SET: ReadonlySet<string> = new Set(ACTIVITY_TYPES);

export function isActivityType(value: unknown): value is ActivityType {
  return typeof value === 'string' && TYPE_SET.has(value);
}

/** Types that record a payment and mark the invoice Paid. */
export function isPaymentActivity(type: string): boolean {
  return type === 'Paid' || type === 'NewManualPayment' || type.startsWith('NewPaymentWith');
}

/** Types that the client causes or receives. Their `Link` is the share link, and the other types have none. */
const CLIENT_FACING = new Set<string>([
  'SentViaEmail', 'SentViaSms', 'SentReminderViaEmail', 'SentReminderViaSms', 'Opened', 'Viewed',
  'DownloadedAsPdf', 'OpenedAttachment', 'MarkAsPaidByTheClient', 'Overdue', 'Paid', 'Rejected',
  'InvoiceDigitallySigned',
]);

export function linksToShare(type: string): boolean {
  return CLIENT_FACING.has(type) || isPaymentActivity(type);
}
