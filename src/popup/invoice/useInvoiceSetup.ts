// Everything the form needs before it can show: the saved credentials, an API client (which calls
// through the worker) and the lookup lists. Cached lists are shown at once; stale or missing ones are fetched behind them.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EnvoiceApi } from '../../shared/api/types';
import { createWorkerApi } from '../../shared/api/worker-api';
import { ENVOICE_BASE_URL } from '../../shared/build-config';
import { readLastGateways } from '../../shared/invoice/gateways';
import type { CachedLookups } from '../../shared/invoice/lookups';
import { isStale, readCachedLookups, refreshLookups } from '../../shared/invoice/lookups';
import { createLogger } from '../../shared/log';
import { accountIdOf, hasCredentials, loadSettings } from '../../shared/settings';

const log = createLogger('invoice');

export type InvoiceSetup =
  | { phase: 'loading' }
  | { phase: 'not-configured' }
  | {
      phase: 'ready';
      api: EnvoiceApi;
      lookups: CachedLookups | null;
      lastGateways: string[];
      refreshing: boolean;
      /** The last refresh failed; the cached lists (if any) are still shown. */
      refreshError: unknown;
    };

export function useInvoiceSetup(): { setup: InvoiceSetup; refresh: () => void } {
  const [setup, setSetup] = useState<InvoiceSetup>({ phase: 'loading' });
  const context = useRef<{ api: EnvoiceApi; accountId: string } | null>(null);

  const refresh = useCallback(() => {
    const current = context.current;
    if (current === null) {
      return;
    }
    setSetup((state) => (state.phase === 'ready' ? { ...state, refreshing: true } : state));
    refreshLookups(current.api, current.accountId)
      .then((lookups) => setSetup((state) => (state.phase === 'ready' ? { ...state, lookups, refreshing: false, refreshError: null } : state)))
      .catch((error: unknown) => {
        log.warn('Could not refresh the invoice lists', error);
        setSetup((state) => (state.phase === 'ready' ? { ...state, refreshing: false, refreshError: error } : state));
      });
  }, []);

  useEffect(() => {
    let active = true;
    const load = async () => {
      const settings = await loadSettings();
      if (!hasCredentials(settings)) {
        return { phase: 'not-configured' } as const;
      }
      const api = createWorkerApi();
      const accountId = accountIdOf(settings, ENVOICE_BASE_URL);
      context.current = { api, accountId };
      const [lookups, lastGateways] = await Promise.all([readCachedLookups(accountId), readLastGateways()]);
      return { phase: 'ready', api, lookups, lastGateways, refreshing: false, refreshError: null } as const;
    };
    load()
      .then((loaded) => {
        if (!active) return;
        setSetup(loaded);
        if (loaded.phase === 'ready' && (loaded.lookups === null || isStale(loaded.lookups))) {
          refresh();
        }
      })
      .catch((error: unknown) => {
        log.error('Could not read the settings or cached lists', error);
        if (active) setSetup({ phase: 'not-configured' });
      });
    return () => {
      active = false;
    };
  }, [refresh]);

  return { setup, refresh };
}
