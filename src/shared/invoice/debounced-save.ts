// Coalesces frequent saves (one per keystroke) into one write per quiet period, with `flush` for
// the moments the page may go away (pagehide, visibilitychange), when waiting is not an option.

export interface DebouncedSave<T> {
  schedule(value: T): void;
  /** Writes the pending value now, if any. */
  flush(): Promise<void>;
  /** Drops the pending value, for when the draft was created or discarded meanwhile. */
  cancel(): void;
}

export const DRAFT_SAVE_DELAY_MS = 250;

export function createDebouncedSave<T>(save: (value: T) => Promise<void>, delayMs: number = DRAFT_SAVE_DELAY_MS): DebouncedSave<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clearTimer = (): void => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };

  const flush = async (): Promise<void> => {
    clearTimer();
    const current = pending;
    pending = null;
    if (current !== null) {
      await save(current.value);
    }
  };

  return {
    schedule(value: T): void {
      pending = { value };
      clearTimer();
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    cancel(): void {
      clearTimer();
      pending = null;
    },
  };
}
