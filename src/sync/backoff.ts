// Waits after failed syncs. A wait is stored as an epoch time (`nextAttemptAt`) that the worker's
// alarm carries, so no timer outlives a stopped worker.

import type { EnvoiceErrorKind } from '../shared/api/errors';
import type { BackoffState } from './state';

export const FIRST_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 30 * 60_000;
/** Used when a 429 arrives without a usable Retry-After. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;
/** Each wait is scaled by a factor in [1 - JITTER, 1 + JITTER), then capped. */
export const JITTER = 0.2;

/** Errors worth retrying later with a growing wait. */
export function isTransient(kind: EnvoiceErrorKind): boolean {
  return kind === 'network' || kind === 'timeout' || kind === 'server' || kind === 'invalid-response' || kind === 'api-fault';
}

/**
 * Returns the wait in ms after `failures` consecutive transient failures (1 for the first): one
 * minute doubling per failure, with jitter so many browsers do not retry in step, capped at 30 minutes.
 */
export function backoffDelay(failures: number, random: number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 20);
  const base = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** exponent);
  const factor = 1 - JITTER + 2 * JITTER * Math.min(Math.max(random, 0), 1);
  return Math.min(MAX_BACKOFF_MS, Math.round(base * factor));
}

export function transientBackoff(previous: BackoffState | null, now: number, random: number): BackoffState {
  const failures = (previous?.failures ?? 0) + 1;
  return { failures, until: now + backoffDelay(failures, random), rateLimited: false };
}

/** A 429 waits exactly Retry-After (or a minute) and keeps the failure count, so the next 5xx still grows. */
export function rateLimitBackoff(previous: BackoffState | null, now: number, retryAfterMs: number | undefined): BackoffState {
  const wait = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > 0 ? retryAfterMs : DEFAULT_RETRY_AFTER_MS;
  return { failures: previous?.failures ?? 0, until: now + wait, rateLimited: true };
}

/**
 * Whether a sync for `userRequested` may run now. A user's request skips a backoff wait after
 * errors but not a 429 wait, which the service asked for.
 */
export function mayRunNow(backoff: BackoffState | null, now: number, userRequested: boolean): boolean {
  if (backoff === null || now >= backoff.until) {
    return true;
  }
  return userRequested && !backoff.rateLimited;
}
