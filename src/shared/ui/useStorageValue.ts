import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { createLogger } from '../log';

const log = createLogger('ui');

export type StorageAreaName = 'local' | 'session';

export interface StorageValue<T> {
  value: T;
  /** False until the first read from storage has finished. */
  loaded: boolean;
}

/**
 * Reads a value with `read` and reads it again whenever `key` changes in the storage area, so a
 * page repaints when the worker writes. `read` is a shared reader such as `readFeed`, which turns
 * whatever storage contains into a valid value.
 */
export function useStorageValue<T>(key: string, read: () => Promise<T>, initial: T, area: StorageAreaName = 'local'): StorageValue<T> {
  const [state, setState] = useState<StorageValue<T>>({ value: initial, loaded: false });
  // Only the newest read may land, so a slow first read cannot overwrite a later change.
  const latestRead = useRef(0);

  useEffect(() => {
    let active = true;
    const load = () => {
      const readId = ++latestRead.current;
      read()
        .then((value) => {
          if (active && readId === latestRead.current) {
            setState({ value, loaded: true });
          }
        })
        .catch((error: unknown) => {
          log.error(`Could not read "${key}" from storage.${area}`, error);
          if (active) {
            setState((previous) => ({ ...previous, loaded: true }));
          }
        });
    };
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
      if (areaName === area && key in changes) {
        load();
      }
    };

    browser.storage.onChanged.addListener(onChanged);
    load();
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
    // `read` is left out on purpose: callers pass module-level functions, and re-subscribing
    // whenever an inline one changed identity could miss a change between two subscriptions.
  }, [key, area]);

  return state;
}
