// The draft being edited, restored from storage.local on open and written back on every change.
// Writes are debounced while typing and flushed when the popup is hidden or closed, because it
// closes on any click outside and a pending timer would die with the page.

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createDebouncedSave } from '../../shared/invoice/debounced-save';
import type { InvoiceDraft } from '../../shared/invoice/draft';
import { emptyDraft, isDraftEmpty } from '../../shared/invoice/draft';
import { discardDraft, loadDraft, saveDraft } from '../../shared/invoice/draft-store';
import { createLogger } from '../../shared/log';

const log = createLogger('invoice');

export interface DraftState {
  draft: InvoiceDraft | null;
  /** A stored draft existed but part of it could not be read. */
  damaged: boolean;
  update: (edit: (draft: InvoiceDraft) => InvoiceDraft) => void;
  /** Forgets the draft in storage and starts an empty one. */
  discard: () => Promise<void>;
  /** Writes any pending change now. */
  flush: () => Promise<void>;
}

/** `dueDaysOf` gives the chosen client's payment terms, stored with the draft. */
export function useDraft(dueDaysOf: (clientId: number | null) => number | null): DraftState {
  const [draft, setDraft] = useState<InvoiceDraft | null>(null);
  const [damaged, setDamaged] = useState(false);
  const current = useRef<InvoiceDraft | null>(null);
  const dueDays = useRef(dueDaysOf);
  dueDays.current = dueDaysOf;

  const saver = useMemo(
    () =>
      createDebouncedSave<InvoiceDraft>(async (value) => {
        // An untouched form is not worth a stored draft; clearing one by hand removes it too.
        await (isDraftEmpty(value) ? discardDraft() : saveDraft(value, dueDays.current(value.clientId)));
      }),
    [],
  );

  useEffect(() => {
    let active = true;
    loadDraft()
      .then((restored) => {
        if (!active) return;
        current.current = restored?.draft ?? emptyDraft();
        setDraft(current.current);
        setDamaged(restored?.damaged ?? false);
      })
      .catch((error: unknown) => {
        log.error('Could not read the saved invoice draft', error);
        if (!active) return;
        current.current = emptyDraft();
        setDraft(current.current);
        setDamaged(true);
      });

    const flushNow = () => {
      saver.flush().catch((error: unknown) => log.error('Could not save the invoice draft', error));
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      active = false;
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      flushNow();
    };
  }, [saver]);

  const update = useCallback(
    (edit: (draft: InvoiceDraft) => InvoiceDraft) => {
      if (current.current === null) return;
      const next = edit(current.current);
      current.current = next;
      setDraft(next);
      saver.schedule(next);
    },
    [saver],
  );

  const discard = useCallback(async () => {
    saver.cancel();
    await discardDraft();
    current.current = emptyDraft();
    setDraft(current.current);
    setDamaged(false);
  }, [saver]);

  return { draft, damaged, update, discard, flush: saver.flush };
}
