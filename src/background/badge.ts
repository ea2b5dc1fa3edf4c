// The toolbar badge: an error symbol when the last sync failed, else the number of activities the
// user has not seen in the popup, else nothing. Derived from storage only, so any writer of the
// feed or the sync status (the popup marking the feed seen included) updates it.

import browser from 'webextension-polyfill';
import { describeError } from '../shared/error-display';
import type { Feed, SyncStatus } from '../shared/feed';
import { countUnseen, readFeed, readSyncStatus } from '../shared/feed';
import { formatDateTime } from '../shared/format';
import { t } from '../shared/i18n';

export interface BadgeState {
  text: string;
  /** CSS colour for the badge background. */
  color: string;
  title: string;
}

/** Badge colour behind the unseen count. */
export const UNSEEN_COLOR = '#1f6feb';
const MAX_SHOWN_COUNT = 99;

export function formatCount(count: number): string {
  if (count <= 0) {
    return '';
  }
  return count > MAX_SHOWN_COUNT ? `${MAX_SHOWN_COUNT}+` : String(count);
}

function describeSyncState(status: SyncStatus, unseen: number): string {
  if (status.lastSuccessAt === null) {
    return t('badge_title_never_synced');
  }
  const lastSync = formatDateTime(status.lastSuccessAt);
  return unseen > 0 ? t('badge_title_unseen', [unseen, lastSync]) : t('badge_title_last_sync', lastSync);
}

/** Chooses the badge from the sync status and the feed; the error, when there is one, wins. */
export function deriveBadge(status: SyncStatus, feed: Feed | null): BadgeState {
  if (status.error !== null) {
    const display = describeError(status.error, { retryAt: status.nextAttemptAt ?? undefined });
    // The message already names the extension or Envoice, so it is the whole tooltip.
    return { text: display.badgeText, color: display.badgeColor, title: display.message };
  }
  const unseen = feed === null ? 0 : countUnseen(feed);
  return { text: formatCount(unseen), color: UNSEEN_COLOR, title: describeSyncState(status, unseen) };
}

export async function applyBadge(state: BadgeState): Promise<void> {
  await browser.action.setBadgeText({ text: state.text });
  await browser.action.setBadgeBackgroundColor({ color: state.color });
  await browser.action.setTitle({ title: state.title });
}

/** Re-derives the badge from storage and shows it. */
export async function refreshBadge(): Promise<BadgeState> {
  const [status, feed] = await Promise.all([readSyncStatus(), readFeed()]);
  const state = deriveBadge(status, feed);
  await applyBadge(state);
  return state;
}
