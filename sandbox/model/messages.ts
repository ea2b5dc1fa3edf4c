/** Activity messages in the tone of the service's activity log. */
import type { Client, Currency, Invoice } from './types';

const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Formats e.g. "1,250.00 EUR". */
export function formatMoney(amount: number, currency: Currency): string {
  return `${MONEY.format(amount)} ${currency.value}`;
}

export interface MessageContext {
  invoice: Invoice;
  client: Client;
  currency: Currency;
  /** Amount of the payment that a payment activity records. */
  amount?: number;
  /** Gateway name for NewPaymentWith… activities. */
  gateway?: string;
}

export function describeActivity(type: string, context: MessageContext): string {
  const { invoice, client, currency } = context;
  const number = invoice.number;
  const amount = formatMoney(context.amount ?? invoice.total, currency);

  switch (type) {
    case 'Created': return `Invoice ${number} was created.`;
    case 'Updated': return `Invoice ${number} was updated.`;
    case 'Draft': return `Invoice ${number} was set to draft.`;
    case 'Unpaid': return `Invoice ${number} was marked as unpaid.`;
    case 'SentViaEmail': return `Invoice ${number} was sent to ${client.email}.`;
    case 'SentReminderViaEmail': return `A payment reminder for invoice ${number} was sent to ${client.email}.`;
    case 'Opened': return `${client.name} opened the email with invoice ${number}.`;
    case 'Viewed': return `${client.name} viewed invoice ${number}.`;
    case 'DownloadedAsPdf': return `${client.name} downloaded invoice ${number} as PDF.`;
    case 'MarkAsPaidByTheClient': return `${client.name} marked invoice ${number} as paid.`;
    case 'Overdue': return `Invoice ${number} is overdue.`;
    case 'Void': return `Invoice ${number} was voided.`;
    case 'Paid': return `Invoice ${number} was marked as paid (${amount}).`;
    case 'NewManualPayment': return `A manual payment of ${amount} was recorded for invoice ${number}.`;
    default:
      if (type.startsWith('NewPaymentWith')) {
        const gateway = context.gateway ?? type.slice('NewPaymentWith'.length);
        return `${client.name} paid ${amount} for invoice ${number} with ${gateway}.`;
      }
      return `${type} on invoice ${number}.`;
  }
}
