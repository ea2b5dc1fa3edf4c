// Shows what the sync engine queued as desktop notifications and opens the right page on a click.
// Notification ids are the queue entries' ids, which derive from activity keys, so a repeat of the
// same activity replaces its notification instead of adding a second one.

import browser from 'webextension-polyfill';
import { ENVOICE_BASE_URL } from '../shared/build-config';
import { createLogger } from '../shared/log';
import type { Settings } from '../shared/settings';
import { acknowledgeNotifications, takePendingNotifications } from '../sync';
import type { PendingNotification } from '../sync/types';
import { fetchShareLink } from './api-client';
import type { NotificationText } from './notification-text';
import { describeActivity, describeSummary } from './notification-text';
import type { NotificationTarget } from './notification-targets';
import { findTarget, forgetTarget, saveTargets } from './notification-targets';
import { toSafeWebUrl } from './safe-url';
import { localStorageArea } from './storage';

const log = createLogger('notifications');

const ICON_URL = 'icons/icon-128.png';

function describePending(entry: PendingNotification): NotificationText {
  return entry.kind === 'activity' ? describeActivity(entry.activity) : describeSummary(entry.counts, entry.away);
}

function targetOf(entry: PendingNotification, shownAt: number): NotificationTarget {
  if (entry.kind === 'activity') {
    return { invoiceId: entry.activity.invoiceId, link: entry.activity.link, shownAt };
  }
  return { invoiceId: null, link: null, shownAt };
}

/**
 * Shows every queued notification, then acknowledges the whole batch. With notifications turned
 * off the batch is acknowledged unshown. A notification the browser refuses is logged and still
 * acknowledged, because its activity stays in the feed and retrying would repeat the failure.
 */
export async function deliverPendingNotifications(settings: Pick<Settings, 'notificationsEnabled'>, now: number = Date.now()): Promise<number> {
  const pending = await takePendingNotifications(localStorageArea);
  if (pending.length === 0) {
    return 0;
  }

  let shownCount = 0;
  if (settings.notificationsEnabled) {
    const targets: Record<string, NotificationTarget> = {};
    for (const entry of pending) {
      try {
        const text = describePending(entry);
        // No `buttons` or `requireInteraction`: Firefox 153 ESR's notifications schema marks the
        // first unsupported and lacks the second, so creating with it fails.
        await browser.notifications.create(entry.id, { type: 'basic', iconUrl: ICON_URL, ...text });
        targets[entry.id] = targetOf(entry, now);
        shownCount += 1;
      } catch (error) {
        log.warn(`Could not show notification ${entry.id}`, error);
      }
    }
    await saveTargets(targets);
  }

  await acknowledgeNotifications(
    localStorageArea,
    pending.map((entry) => entry.id),
  );
  log.debug(`Delivered ${shownCount} of ${pending.length} queued notifications`);
  return shownCount;
}

/**
 * Picks the page a click opens: the activity's own link, else the invoice's share link from the
 * API, else the Envoice site. Each candidate must be an http(s) URL.
 */
export async function resolveClickUrl(target: NotificationTarget | null): Promise<string | null> {
  const ownLink = toSafeWebUrl(target?.link);
  if (ownLink !== null) {
    return ownLink;
  }
  if (target?.invoiceId != null) {
    try {
      const shareLink = toSafeWebUrl(await fetchShareLink(target.invoiceId));
      if (shareLink !== null) {
        return shareLink;
      }
    } catch (error) {
      log.warn(`Could not read the share link of invoice ${target.invoiceId}`, error);
    }
  }
  return toSafeWebUrl(ENVOICE_BASE_URL);
}

export async function handleNotificationClicked(notificationId: string): Promise<void> {
  const target = await findTarget(notificationId);
  const url = await resolveClickUrl(target);
  if (url === null) {
    log.warn(`Notification ${notificationId} has no link that is safe to open`);
  } else {
    await browser.tabs.create({ url });
  }
  await browser.notifications.clear(notificationId);
  await forgetTarget(notificationId);
}

export async function handleNotificationClosed(notificationId: string): Promise<void> {
  await forgetTarget(notificationId);
}
