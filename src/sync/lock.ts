// Serialises read-modify-write sequences on one storage area within this JavaScript realm. The
// engine and the worker's notification delivery share the pending queue; without the lock an
// acknowledgement landing between the engine's read and write would be undone.

const tails = new WeakMap<object, Promise<unknown>>();

export async function withStorageLock<T>(storage: object, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(storage) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  tails.set(storage, settled);
  try {
    return await run;
  } finally {
    if (tails.get(storage) === settled) {
      tails.delete(storage);
    }
  }
}
