import { useEffect, useRef, useState } from 'preact/hooks';
import { EMPTY_SYNC_STATUS, FEED_KEY, markFeedSeen, readFeed, readSyncStatus, SYNC_STATUS_KEY, type Feed, type SyncStatus } from '../shared/feed';
import { createLogger } from '../shared/log';
import { sendMessage } from '../shared/messages';
import { hasCredentials, type Settings } from '../shared/settings';
import { useSettings } from '../shared/ui/useSettings';
import { useStorageValue } from '../shared/ui/useStorageValue';

const log = createLogger('popup');

export interface PopupSync {
  /** True once settings, feed and sync status have been read from storage. */
  loaded: boolean;
  settings: Settings;
  configured: boolean;
  feed: Feed | null;
  status: SyncStatus;
  /** The feed's `seenAt` when the popup opened: activities found after it are highlighted. */
  seenAtOpen: number;
  /** A sync runs in the worker or this popup is waiting for one. */
  syncing: boolean;
  /** Set when the worker did not respond to the last request. */
  workerUnreachable: boolean;
  refresh: () => Promise<void>;
}

/**
 * Shows what storage contains first and only then requests fresh data from the worker, so the popup
 * paints at once even when the network is slow. Later writes by the worker repaint it.
 */
export function usePopupSync(): PopupSync {
  const settings = useSettings();
  const feed = useStorageValue<Feed | null>(FEED_KEY, readFeed, null);
  const status = useStorageValue(SYNC_STATUS_KEY, readSyncStatus, EMPTY_SYNC_STATUS);
  const [requesting, setRequesting] = useState(false);
  const [workerUnreachable, setWorkerUnreachable] = useState(false);
  const seenAtOpen = useRef<number | null>(null);

  const loaded = settings.loaded && feed.loaded && status.loaded;
  const configured = hasCredentials(settings.value);
  if (feed.loaded && seenAtOpen.current === null) {
    // Without a feed there is nothing old to tell apart, so only what arrives from now on is new.
    seenAtOpen.current = feed.value?.seenAt ?? Date.now();
  }

  const refresh = async () => {
    setRequesting(true);
    try {
      await sendMessage('sync-now', { reason: 'popup' });
      setWorkerUnreachable(false);
    } catch (error) {
      log.warn('The worker did not respond to sync-now', error);
      setWorkerUnreachable(true);
    } finally {
      setRequesting(false);
    }
  };

  useEffect(() => {
    if (!loaded) {
      return;
    }
    void announceOpen();
    if (configured) {
      void refresh();
    }
    // Runs once, after the first render that shows stored data.
  }, [loaded]);

  return {
    loaded,
    settings: settings.value,
    configured,
    feed: feed.value,
    status: status.value,
    seenAtOpen: seenAtOpen.current ?? 0,
    syncing: requesting || status.value.phase === 'syncing',
    workerUnreachable,
    refresh,
  };
}

/** Tells the worker the popup opened; marks the feed seen here when the worker is unreachable. */
async function announceOpen(): Promise<void> {
  try {
    await sendMessage('popup-opened', {});
  } catch (error) {
    log.warn('The worker did not respond to popup-opened, so the popup marks the feed seen itself', error);
    try {
      await markFeedSeen();
    } catch (markError) {
      log.error('Could not mark the feed seen', markError);
    }
  }
}
