// Forgets everything the engine stored, for a new API key (a new account starts a new baseline).

import { ALL_SYNC_KEYS } from './state';
import { withStorageLock } from './lock';
import type { KeyValueStorage } from './types';

export async function resetAccountState(storage: KeyValueStorage): Promise<void> {
  await withStorageLock(storage, () => storage.remove([...ALL_SYNC_KEYS]));
}
