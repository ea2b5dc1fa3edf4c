// storage.local in the shape the sync engine takes, so the engine never imports the browser API
// and its tests run against a plain map.

import browser from 'webextension-polyfill';
import type { KeyValueStorage } from '../sync/types';

export const localStorageArea: KeyValueStorage = {
  get: async (keys) => await browser.storage.local.get(keys),
  set: async (items) => await browser.storage.local.set(items),
  remove: async (keys) => await browser.storage.local.remove(keys),
};
