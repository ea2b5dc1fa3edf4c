// Normalised shapes of what the Envoice API returns. The client converts every response into these
// before passing it on: enums become names (see enums.ts), absent or `null` strings become
// `null`, and timestamps become ISO 8601 strings in UTC ("2026-11-30T08:15:02.123Z").

import type { ActivityType, InvoiceStatus, PaymentType } from './enums';

export interface Currency {
  id: number;
  /**
   * ISO 4217 letter code such as "EUR". The document puts it in `Value` and the numeric code ("978")
   * in `Code`; the client takes whichever field contains three letters.
   */
  code: string;
  name: string | null;
  symbol: string | null;
}

export interface Client {
  id: number;
  name: string;
  email: string | null;
  currencyId: number | null;
  countryId: number | null;
  /** Payment terms in days, used for the default due date. */
  defaultDueDays: number | null;
}

export interface WorkType {
  id: number;
  title: string;
}

export interface Tax {
  id: number;
  name: string;
  /** Percent, so 18 means 18 %. */
  percentage: number;
}

export interface PaymentGateway {
  name: string;
  /** ISO 4217 codes; empty when the service lists none. */
  supportedCurrencies: string[];
}

export interface InvoiceSummary {
  id: number;
  number: string | null;
  status: InvoiceStatus;
  clientId: number | null;
  clientName: string | null;
  clientEmail: string | null;
  currency: Currency | null;
  /** ISO timestamps in UTC, or null when the service sent none. */
  issuedOn: string | null;
  dueDate: string | null;
  subTotal: number;
  taxTotal: number;
  discountTotal: number;
  total: number;
  accessToken: string | null;
  /**
   * The invoice's internal note (`Notes`); undefined when the client does not read it. The quick
   * invoice form finds an invoice whose create response was lost by a reference it places here.
   */
  notes?: string | null;
}

export interface InvoiceActivity {
  id: number;
  type: ActivityType;
  message: string | null;
  link: string | null;
  invoiceNumber: string | null;
  /** ISO timestamp in UTC; null because the documented schema has no timestamp on log entries. */
  createdOn: string | null;
}

export interface InvoiceItem {
  id: number | null;
  workTypeId: number | null;
  description: string | null;
  quantity: number;
  cost: number;
  taxId: number | null;
  taxPercentage: number | null;
  discountPercentage: number | null;
  total: number;
}

export interface Payment {
  id: number;
  amount: number;
  type: PaymentType;
  paidOn: string | null;
}

export interface InvoiceDetails extends InvoiceSummary {
  activities: InvoiceActivity[];
  items: InvoiceItem[];
  payments: Payment[];
  gatewayNames: string[];
}

export interface InvoicePage {
  invoices: InvoiceSummary[];
  /** Invoices on the account, across all pages. */
  totalCount: number;
  /** One-based page number that was requested. */
  page: number;
  pageSize: number;
}

export interface NewInvoiceItem {
  workTypeId: number | null;
  description: string;
  quantity: number;
  cost: number;
  taxId: number | null;
  discountPercentage: number | null;
}

export interface NewInvoiceRequest {
  clientId: number;
  currencyId: number;
  /** Calendar dates, "YYYY-MM-DD". */
  issuedOn: string;
  dueDate: string;
  status: 'Draft' | 'Unpaid';
  number: string | null;
  gatewayNames: string[];
  items: NewInvoiceItem[];
  /** Internal note (`Notes`), not shown to the client; sent only when set. */
  notes?: string | null;
}

export interface SendToClientRequest {
  invoiceId: number;
  subject: string;
  message: string;
  attachPdf: boolean;
}

/** The calls the extension makes. One implementation (client.ts) with one request path. */
export interface EnvoiceApi {
  listInvoices(page: number, pageSize: number): Promise<InvoicePage>;
  getInvoiceDetails(id: number): Promise<InvoiceDetails>;
  getInvoiceShareLink(id: number): Promise<string>;
  getInvoicePdfLink(id: number): Promise<string>;
  listClients(): Promise<Client[]>;
  listWorkTypes(): Promise<WorkType[]>;
  listTaxes(): Promise<Tax[]>;
  listCurrencies(): Promise<Currency[]>;
  listPaymentGateways(): Promise<PaymentGateway[]>;
  createInvoice(request: NewInvoiceRequest): Promise<InvoiceDetails>;
  sendInvoiceToClient(request: SendToClientRequest): Promise<void>;
  changeInvoiceStatus(id: number, status: 'Draft' | 'Paid' | 'Unpaid' | 'Overdue' | 'Void'): Promise<void>;
}
