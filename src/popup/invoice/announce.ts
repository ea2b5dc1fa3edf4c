// Tells the background about a new invoice: a sync now, so its Created activity reaches the activity
// list within seconds. The worker already raised the sync budget when it made the API call.

import { createLogger } from '../../shared/log';
import { sendMessage } from '../../shared/messages';

const log = createLogger('invoice');

/** Never rejects: the invoice exists either way, and the next scheduled sync finds it. */
export async function announceCreatedInvoice(): Promise<void> {
  try {
    await sendMessage('sync-now', { reason: 'invoice-created' });
  } catch (error) {
    log.warn('The background worker did not respond to the sync request', error);
  }
}
