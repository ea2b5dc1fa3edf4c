import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY, type Settings } from '../settings';
import { useStorageValue, type StorageValue } from './useStorageValue';

/** Returns the saved settings and keeps them current while the page is open. */
export function useSettings(): StorageValue<Settings> {
  return useStorageValue(SETTINGS_KEY, loadSettings, DEFAULT_SETTINGS);
}
