/** `POST /_sandbox/activity`: simulates a client or the account owner acting on an invoice. */
import { formatTimestamp } from './api/timestamps';
import { shareLink } from './api/links';
import { ACTIVITY_TYPES, isActivityType } from './model/activity-types';
import { applyActivity, pickInvoiceFor } from './model/activity-log';
import type { SandboxResponse } from './http';
import { jsonResponse } from './http';
import type { SandboxServices } from './services';

export function controlError(status: number, error: string): SandboxResponse {
  return jsonResponse(status, { error });
}

/**
 * Appends an activity of `type` to the invoice `invoiceId` (or to a random invoice whose status
 * suits the type) and applies its status effect. Returns the activity in the webhook shape.
 */
export function postActivity(services: SandboxServices, body: Record<string, unknown>): SandboxResponse {
  const type = body['type'];
  if (!isActivityType(type)) {
    return controlError(400, `"type" must be an activity type of the API, e.g. Viewed, Opened, Paid, NewPaymentWithStripe, Overdue, Void, SentViaEmail; got ${JSON.stringify(type)}. All types: ${ACTIVITY_TYPES.join(', ')}.`);
  }
  const message = body['message'];
  if (message !== undefined && typeof message !== 'string') return controlError(400, '"message" must be a string.');

  const { account } = services;
  const invoiceId = body['invoiceId'];
  let invoice;
  if (invoiceId === undefined || invoiceId === null) {
    invoice = pickInvoiceFor(account, type);
    if (!invoice) return controlError(409, `No invoice has a status that suits a ${type} activity; pass "invoiceId" to choose one.`);
  } else {
    invoice = typeof invoiceId === 'number' ? account.invoicesById.get(invoiceId) : undefined;
    if (!invoice) return controlError(404, `Invoice ${JSON.stringify(invoiceId)} was not found.`);
  }

  const activity = applyActivity(account, invoice, type, message === undefined ? {} : { message });
  services.log(`control: ${type} on ${invoice.number} (activity ${activity.id}, status ${invoice.status})`);
  const { origin } = services.context();
  return jsonResponse(200, {
    Id: activity.id,
    Type: activity.type,
    Message: activity.message,
    Link: activity.linksToShare ? shareLink(origin, invoice) : null,
    InvoiceId: invoice.id,
    InvoiceNumber: invoice.number,
    InvoiceStatus: invoice.status,
    CreatedOn: formatTimestamp(activity.at, 0),
  });
}
