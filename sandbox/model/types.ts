/**
 * The sandbox's internal account state. Field names are camelCase and times are epoch
 * milliseconds; `sandbox/api/serialize.ts` turns them into the API's PascalCase shapes.
 */
import type { Random } from './random';

/** Invoice statuses in the document's enum order, so an index is the integer form. */
export const INVOICE_STATUSES = ['Draft', 'Paid', 'Unpaid', 'Overdue', 'Void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Payment types in the document's enum order. */
export const PAYMENT_TYPES = [
  'Other', 'Paypal', 'Stripe', 'Payoneer', 'Bank', 'Cash', 'Cheque', 'Ach', 'Sepa', 'Square',
  'KlikAndPay', 'Razorpay', 'Wepay', 'Halkbank', 'TwoCheckout', 'PaymentWall', 'BamboraEU',
  'BamboraNA', 'Nlb', 'AuthorizeNet', 'Braintree',
] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

export interface Currency {
  id: number;
  /** ISO 4217 numeric code, e.g. "978". */
  code: string;
  name: string;
  symbol: string;
  /** ISO 4217 alpha code, e.g. "EUR". */
  value: string;
}

export interface Country {
  id: number;
  name: string;
  /** ISO 3166 alpha-2 code. */
  value: string;
}

export interface Client {
  id: number;
  name: string;
  email: string;
  address: string;
  countryId: number;
  currencyId: number;
  /** Payment terms in days; null means the account default (14 days in the sandbox). */
  defaultDueDateInDays: number | null;
  phoneNumber: string | null;
  vat: string | null;
  companyRegistrationNumber: string | null;
  uiLanguageId: number;
  createdOn: number;
}

export interface WorkType {
  id: number;
  title: string;
  createdOn: number;
}

export interface Tax {
  id: number;
  name: string;
  /** Percent, e.g. 18 for 18 %. */
  percentage: number;
  createdOn: number;
}

export interface PaymentGateway {
  /** Name as the API spells it, e.g. "PayPal". */
  name: string;
  paymentType: PaymentType;
  /** Activity type logged when a client pays through this gateway. */
  activityType: string;
  /** ISO 4217 alpha codes. */
  currencies: readonly string[];
}

export interface InvoiceItem {
  id: number;
  workTypeId: number;
  description: string | null;
  quantity: number;
  cost: number;
  taxId: number | null;
  taxPercentage: number;
  discountPercentage: number;
  subTotal: number;
  discount: number;
  tax: number;
  total: number;
}

export interface Payment {
  id: number;
  amount: number;
  type: PaymentType;
  isAutomatic: boolean;
  paidOn: number;
  referenceId: string | null;
  note: string | null;
}

export interface Activity {
  /** Unique across the account and increasing with time. */
  id: number;
  /** A name from the document's activity `Type` enum. */
  type: string;
  message: string;
  /** Whether the activity links to the invoice's share page. */
  linksToShare: boolean;
  at: number;
}

export interface Invoice {
  id: number;
  number: string;
  /** Secret part of the share link. */
  accessToken: string;
  clientId: number;
  currencyId: number;
  status: InvoiceStatus;
  issuedOn: number;
  dueOn: number;
  notes: string | null;
  poNumber: string | null;
  terms: string | null;
  shouldSendReminders: boolean;
  enablePartialPayments: boolean;
  /** Names of the payment gateways offered on the share page. */
  gateways: string[];
  items: InvoiceItem[];
  payments: Payment[];
  activities: Activity[];
  subTotal: number;
  discount: number;
  tax: number;
  total: number;
}

/** Next free ids; every entity kind counts on its own. */
export interface IdCounters {
  invoice: number;
  item: number;
  payment: number;
  activity: number;
}

export interface Account {
  seed: number;
  /** Number of invoices the seed created; later ones come from the API or the control API. */
  seededInvoiceCount: number;
  now: () => number;
  random: Random;
  countries: Country[];
  currencies: Currency[];
  clients: Client[];
  workTypes: WorkType[];
  taxes: Tax[];
  gateways: PaymentGateway[];
  invoices: Invoice[];
  invoicesById: Map<number, Invoice>;
  nextId: IdCounters;
}
