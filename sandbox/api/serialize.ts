/** Turns account records into the API's response shapes, with the quirks of `quirks.ts`. */
import { ACTIVITY_TYPES } from '../model/activity-types';
import { clientOf, currencyOf } from '../model/lookup';
import type { Account, Activity, Client, Currency, Invoice, InvoiceItem, Payment } from '../model/types';
import { INVOICE_STATUSES, PAYMENT_TYPES } from '../model/types';
import type { QuirkRules } from './quirks';
import {
  activityHasCreatedOn, activityTypeAsInteger, detailsStatusAsInteger, encodeEnum,
  listStatusAsInteger, paymentTypeAsInteger,
} from './quirks';
import { shareLink } from './links';
import { formatTimestamp } from './timestamps';

export interface SerializeContext {
  account: Account;
  /** Origin of share links, e.g. "http://127.0.0.1:8787". */
  origin: string;
  quirks: QuirkRules;
}

type Json = Record<string, unknown>;

export function serializeClient(client: Client): Json {
  return {
    Id: client.id,
    Name: client.name,
    Email: client.email,
    Address: client.address,
    AdditionalEmails: [],
    ClientCountryId: client.countryId,
    ClientCurrencyId: client.currencyId,
    CompanyRegistrationNumber: client.companyRegistrationNumber,
    DefaultDueDateInDays: client.defaultDueDateInDays,
    PhoneNumber: client.phoneNumber,
    UiLanguageId: client.uiLanguageId,
    Vat: client.vat,
    CreatedOn: formatTimestamp(client.createdOn, client.id),
  };
}

export function serializeCurrency(currency: Currency): Json {
  return { Id: currency.id, Code: currency.code, Name: currency.name, Symbol: currency.symbol, Value: currency.value };
}

/** InvoiceDetailsApiModel, as in lists (`mode` "list") or as the base of the full details. */
export function serializeInvoice(context: SerializeContext, invoice: Invoice, mode: 'list' | 'details'): Json {
  const { account, quirks } = context;
  const asInteger = mode === 'list' ? listStatusAsInteger(quirks, invoice.id) : detailsStatusAsInteger(quirks, invoice.id);
  return {
    Id: invoice.id,
    Number: invoice.number,
    AccessToken: invoice.accessToken,
    Status: encodeEnum(INVOICE_STATUSES, invoice.status, asInteger),
    IssuedOn: formatTimestamp(invoice.issuedOn, invoice.id),
    Duedate: formatTimestamp(invoice.dueOn, invoice.id + 1),
    Client: serializeClient(clientOf(account, invoice)),
    Currency: serializeCurrency(currencyOf(account, invoice)),
    SubTotalAmount: invoice.subTotal,
    DiscountAmount: invoice.discount,
    TaxAmount: invoice.tax,
    TotalAmount: invoice.total,
    Notes: invoice.notes,
    PoNumber: invoice.poNumber,
    Terms: invoice.terms,
    ShouldSendReminders: invoice.shouldSendReminders,
    EnablePartialPayments: invoice.enablePartialPayments,
    ClonedFromId: null,
    InvoiceCategoryId: null,
    RecurringProfileId: null,
    RecurringProfile: null,
  };
}

function serializeItem(item: InvoiceItem): Json {
  return {
    Id: item.id,
    WorkTypeId: item.workTypeId,
    Description: item.description,
    Quantity: item.quantity,
    Cost: item.cost,
    TaxId: item.taxId,
    TaxPercentage: item.taxPercentage,
    DiscountPercentage: item.discountPercentage,
    SubTotalAmount: item.subTotal,
    DiscountAmount: item.discount,
    TaxAmount: item.tax,
    TotalAmount: item.total,
  };
}

function serializePayment(context: SerializeContext, payment: Payment): Json {
  return {
    Id: payment.id,
    Amount: payment.amount,
    Type: encodeEnum(PAYMENT_TYPES, payment.type, paymentTypeAsInteger(context.quirks, payment.id)),
    IsAutomatic: payment.isAutomatic,
    PaidOn: formatTimestamp(payment.paidOn, payment.id),
    ReferenceId: payment.referenceId,
    Note: payment.note,
  };
}

/** InvoiceActivityApiModel, plus `CreatedOn` on most entries as the service sends it. */
export function serializeActivity(context: SerializeContext, invoice: Invoice, activity: Activity): Json {
  const json: Json = {
    Id: activity.id,
    Type: encodeEnum(ACTIVITY_TYPES, activity.type, activityTypeAsInteger(context.quirks, activity.id)),
    Message: activity.message,
    Link: activity.linksToShare ? shareLink(context.origin, invoice) : null,
    InvoiceNumber: invoice.number,
  };
  if (activityHasCreatedOn(context.quirks, activity.id)) json['CreatedOn'] = formatTimestamp(activity.at, activity.id);
  return json;
}

/** InvoiceFullDetailsApiModel. */
export function serializeInvoiceDetails(context: SerializeContext, invoice: Invoice): Json {
  return {
    ...serializeInvoice(context, invoice, 'details'),
    Items: invoice.items.map(serializeItem),
    Payments: invoice.payments.map((payment) => serializePayment(context, payment)),
    Activities: invoice.activities.map((activity) => serializeActivity(context, invoice, activity)),
    PaymentGateways: invoice.gateways.map((name) => ({ Name: name })),
    Attachments: [],
  };
}
