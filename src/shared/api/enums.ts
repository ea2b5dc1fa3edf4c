// Enum names in the order of the Envoice API v1 OpenAPI document. The service sends these fields
// either as the name or as the zero-based index into this list, so the order is part of the contract.

export const INVOICE_STATUSES = ['Draft', 'Paid', 'Unpaid', 'Overdue', 'Void'] as const;

export const ACTIVITY_TYPES = [
  'Created', 'Draft', 'Cloned', 'SentViaEmail', 'SentViaSms', 'SentReminderViaEmail',
  'SentReminderViaSms', 'Opened', 'Viewed', 'Rejected', 'Updated', 'Paid', 'Unpaid', 'Overdue',
  'NewManualPayment', 'NewPaymentWithPaypal', 'NewPaymentWithStripe', 'NewPaymentWithPayoneer',
  'SentToAccountant', 'DownloadedAsPdf', 'MarkAsPaidByTheClient', 'OpenedAttachment',
  'NewPaymentWithSquare', 'NewPaymentWithKlikAndPay', 'NewPaymentWithRazorpay', 'NewPaymentWithWepay',
  'NewPaymentWithHalkbank', 'ChangeStatus', 'OrderUpdated', 'OrderCreated', 'NewPaymentWithTwoCheckout',
  'NewPaymentWithPaymentWall', 'NewPaymentWithBamboraEU', 'NewPaymentWithBamboraNA', 'Void',
  'NewPaymentWithNlb', 'NewPaymentWithAuthorizeNet', 'NewPaymentWithBraintree', 'EstimationCreated',
  'EstimationDraft', 'EstimationCloned', 'EstimationSentViaEmail', 'EstimationOpened',
  'EstimationViewed', 'EstimationAccepted', 'EstimationRejected', 'EstimationUpdated',
  'EstimationDownloadedAsPdf', 'InvoiceDigitallySigned',
] as const;

export const PAYMENT_TYPES = [
  'Other', 'Paypal', 'Stripe', 'Payoneer', 'Bank', 'Cash', 'Cheque', 'Ach', 'Sepa', 'Square',
  'KlikAndPay', 'Razorpay', 'Wepay', 'Halkbank', 'TwoCheckout', 'PaymentWall', 'BamboraEU',
  'BamboraNA', 'Nlb', 'AuthorizeNet', 'Braintree',
] as const;

/** A value this version does not know, kept with its raw form instead of being dropped. */
export type UnknownEnumValue = `Unknown(${string})`;

export type KnownInvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type InvoiceStatus = KnownInvoiceStatus | UnknownEnumValue;

export type KnownActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityType = KnownActivityType | UnknownEnumValue;

export type KnownPaymentType = (typeof PAYMENT_TYPES)[number];
export type PaymentType = KnownPaymentType | UnknownEnumValue;
