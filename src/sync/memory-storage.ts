// An in-memory KeyValueStorage for tests and the benchmark. Values are deep-copied on the way in
// and out, as browser storage does, so no caller can change stored data by mutating an object.
// `failAfterWrites` simulates a worker stopped mid-sync: the write that exceeds the allowance
// throws and stores nothing, like a stopped process that never issued it.

import type { KeyValueStorage } from './types';

export class StorageStoppedError extends Error {
  override readonly name = 'StorageStoppedError';
}

export interface MemoryStorage extends KeyValueStorage {
  /** The stored values, by key (a deep copy). */
  snapshot(): Record<string, unknown>;
  /** Lets `writes` more set/remove calls succeed, then makes every later one throw; null lifts the limit. */
  failAfterWrites(writes: number | null): void;
  /** Successful set and remove calls so far. */
  readonly writeCount: number;
}

export function createMemoryStorage(initial: Record<string, unknown> = {}): MemoryStorage {
  const data = new Map<string, string>(Object.entries(initial).map(([key, value]) => [key, JSON.stringify(value)]));
  let allowance: number | null = null;
  let writeCount = 0;

  function admitWrite(): void {
    if (allowance !== null) {
      if (allowance <= 0) {
        throw new StorageStoppedError('Storage write failed: the simulated worker has stopped.');
      }
      allowance--;
    }
    writeCount++;
  }

  return {
    async get(keys) {
      const result: Record<string, unknown> = {};
      for (const key of keys) {
        const value = data.get(key);
        if (value !== undefined) {
          result[key] = JSON.parse(value);
        }
      }
      return result;
    },
    async set(items) {
      admitWrite();
      for (const [key, value] of Object.entries(items)) {
        if (value !== undefined) {
          data.set(key, JSON.stringify(value));
        }
      }
    },
    async remove(keys) {
      admitWrite();
      for (const key of keys) {
        data.delete(key);
      }
    },
    snapshot() {
      return Object.fromEntries([...data].map(([key, value]) => [key, JSON.parse(value) as unknown]));
    },
    failAfterWrites(writes) {
      allowance = writes;
    },
    get writeCount() {
      return writeCount;
    },
  };
}
