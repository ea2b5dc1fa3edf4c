import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncedSave } from './debounced-save';

describe('createDebouncedSave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the last value once after a pause', async () => {
    const save = vi.fn(async () => {});
    const saver = createDebouncedSave(save, 250);
    saver.schedule('a');
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(250);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('ab');
  });

  it('writes at once on flush', async () => {
    const save = vi.fn(async () => {});
    const saver = createDebouncedSave(save, 250);
    saver.schedule('abc');
    await saver.flush();
    expect(save).toHaveBeenCalledWith('abc');
    await vi.advanceTimersByTimeAsync(250);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('drops a cancelled value', async () => {
    const save = vi.fn(async () => {});
    const saver = createDebouncedSave(save, 250);
    saver.schedule('abc');
    saver.cancel();
    await saver.flush();
    await vi.advanceTimersByTimeAsync(250);
    expect(save).not.toHaveBeenCalled();
  });
});
