// Tells the background about a new or sent invoice: a larger sync budget for a while, and for a
// new invoice a sync now, so its Created activity reaches the activity list within seconds.

import browser from 'webextension-polyfill';
import { createLogger } from '../../shared/log';
import { sendMessage } from '../../shared/messages';
import { BOOST_DURATION_MS, boostBudget } from '../../sync/boost';
import type { BoostReason, KeyValueStorage } from '../../sync/types';

const log = createLogger('invoice');

const localArea: KeyValueStorage = {
  get: async (keys) => await browser.storage.local.get(keys),
  set: async (items) => await browser.storage.local.set(items),
  remove: async (keys) => await browser.storage.local.remove(keys),
};

async function boost(reason: BoostReason): Promise<void> {
  try {
    await boostBudget(localArea, Date.now() + BOOST_DURATION_MS, reason);
  } catch (error) {
    log.warn('Could not raise the sync budget', error);
  }
}

/** Never rejects: the invoice exists either way, and the next scheduled sync finds it. */
export async function announceCreatedInvoice(): Promise<void> {
  await boost('invoice-created');
  try {
    await sendMessage('sync-now', { reason: 'invoice-created' });
  } catch (error) {
    log.warn('The background worker did not respond to the sync request', error);
  }
}

export async function announceSentInvoice(): Promise<void> {
  await boost('invoice-sent');
}
