// Creating the invoice from the popup: one InvoiceSubmitter per API client and the outcome as view
// state. On mount it checks a submission that the previous popup left without a response.

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EnvoiceError } from '../../shared/api/errors';
import type { EnvoiceApi, NewInvoiceRequest } from '../../shared/api/types';
import type { CreateOutcome } from '../../shared/invoice/create-once';
import { InvoiceSubmitter } from '../../shared/invoice/create-once';
import type { Lookups } from '../../shared/invoice/lookups';
import type { CreatedInvoice } from '../../shared/invoice/submission';
import { clearSubmission, readSubmission } from '../../shared/invoice/submission';
import { createLogger } from '../../shared/log';

const log = createLogger('invoice');

/**
 * A created invoice is shown again on reopen for this long: the popup closes when the user clicks
 * into another window to paste the link, and may need the link once more.
 */
const SHOW_CREATED_MS = 15 * 60 * 1000;

/** Between existence checks while an earlier create may still be in flight. */
const POLL_MS = 2_000;

export type SubmitState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'submitting' }
  /** Offline before sending: nothing was sent. */
  | { phase: 'offline' }
  | { phase: 'rejected'; error: EnvoiceError }
  /** `unreachable` is true after a network error, so the message can name that cause. */
  | { phase: 'not-found'; unreachable: boolean }
  /** An earlier create may still be running in the worker; checked again until it is decided. */
  | { phase: 'in-flight' }
  | { phase: 'unknown'; error: EnvoiceError }
  | { phase: 'created'; invoice: CreatedInvoice; emailed?: boolean };

function toState(outcome: CreateOutcome): SubmitState {
  switch (outcome.kind) {
    case 'created':
      return { phase: 'created', invoice: outcome.invoice };
    case 'rejected':
      return { phase: 'rejected', error: outcome.error };
    case 'not-found':
      return { phase: 'not-found', unreachable: outcome.cause === 'network' };
    case 'in-flight':
      return { phase: 'in-flight' };
    case 'unknown':
      return { phase: 'unknown', error: outcome.error };
  }
}

export interface SubmitControls {
  state: SubmitState;
  submit: (request: NewInvoiceRequest) => void;
  /** Runs the existence check again after "could not check". */
  recheck: () => void;
  /** Leaves the created invoice and starts a new one. */
  startNew: () => Promise<void>;
}

export function useSubmit(api: EnvoiceApi | null, lookups: Lookups | null, onCreated: (invoice: CreatedInvoice, request: NewInvoiceRequest | null) => void): SubmitControls {
  const [state, setState] = useState<SubmitState>({ phase: 'idle' });

  // Read through a ref so the submitter (and its in-flight guard) survives a refresh of the lists.
  const latestLookups = useRef(lookups);
  latestLookups.current = lookups;

  const submitter = useMemo(() => {
    if (api === null) return null;
    return new InvoiceSubmitter({
      api,
      currencyCode: (request) => latestLookups.current?.currencies.find((currency) => currency.id === request.currencyId)?.code ?? null,
      clientOf: (clientId) => latestLookups.current?.clients.find((client) => client.id === clientId),
    });
  }, [api]);

  const pollTimer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(pollTimer.current), []);
  // Set below; a ref because the poll and the check that schedules it refer to each other.
  const poll = useRef<() => void>(() => undefined);

  const finish = useCallback(
    (outcome: CreateOutcome | null, request: NewInvoiceRequest | null) => {
      if (outcome === null) {
        setState({ phase: 'idle' });
        return;
      }
      setState(toState(outcome));
      if (outcome.kind === 'created') {
        onCreated(outcome.invoice, request);
      } else if (outcome.kind === 'in-flight') {
        clearTimeout(pollTimer.current);
        pollTimer.current = setTimeout(() => poll.current(), Math.max(0, Math.min(POLL_MS, outcome.until - Date.now())));
      }
    },
    [onCreated],
  );

  const fail = useCallback((error: unknown) => {
    log.error('Creating the invoice failed unexpectedly', error);
    setState({ phase: 'idle' });
  }, []);

  const recheck = useCallback(() => {
    if (submitter === null) return;
    setState({ phase: 'checking' });
    submitter.checkPending().then((outcome) => finish(outcome, null), fail);
  }, [submitter, finish, fail]);
  poll.current = () => {
    void submitter?.checkPending().then((outcome) => finish(outcome, null), fail);
  };

  useEffect(() => {
    if (submitter === null) return;
    readSubmission()
      .then((stored) => {
        if (stored?.phase === 'created' && Date.now() - stored.createdAt < SHOW_CREATED_MS) {
          setState({ phase: 'created', invoice: stored.invoice, emailed: !!stored.emailedAt });
        } else if (stored?.phase === 'sending' || stored?.phase === 'uncertain') {
          recheck();
        } else if (stored?.phase === 'not-found') {
          setState({ phase: 'not-found', unreachable: false });
        }
      })
      .catch((error: unknown) => log.warn('Could not read the last invoice submission', error));
  }, [submitter, recheck]);

  const submit = useCallback(
    (request: NewInvoiceRequest) => {
      if (submitter === null) return;
      if (!navigator.onLine && !submitter.busy) {
        setState({ phase: 'offline' });
        return;
      }
      setState({ phase: 'submitting' });
      submitter.submit(request).then((outcome) => finish(outcome, request), fail);
    },
    [submitter, finish, fail],
  );

  const startNew = useCallback(async () => {
    await clearSubmission();
    setState({ phase: 'idle' });
  }, []);

  return { state, submit, recheck, startNew };
}
