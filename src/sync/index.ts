// The sync engine's public surface for the background worker.

export { runSync, AWAY_AFTER_MS } from './engine';
export { boostBudget, BOOST_DURATION_MS } from './boost';
export { takePendingNotifications, acknowledgeNotifications } from './queue';
export { resetAccountState } from './reset';
export { createMemoryStorage } from './memory-storage';
export type { MemoryStorage } from './memory-storage';
export type {
  ActivityNotification,
  BoostReason,
  KeyValueStorage,
  PendingNotification,
  SummaryNotification,
  SyncConditions,
  SyncCounts,
  SyncEnvironment,
  SyncOutcome,
  SyncSettings,
  SyncSkipReason,
} from './types';
