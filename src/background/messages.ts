// Requests from the popup and the settings page. Only this extension's own pages may send them,
// and anything that is not a known, well-formed message is left unanswered.

import type { Runtime } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import { markFeedSeen } from '../shared/feed';
import { createLogger } from '../shared/log';
import type { Message, MessageMap, SyncReason } from '../shared/messages';
import { BOOST_DURATION_MS, boostBudget } from '../sync';
import { handleApiCall, parseApiCall } from './api-calls';
import { localStorageArea } from './storage';
import { requestSync } from './sync-runner';

const log = createLogger('messages');

/** A request that passed `parseMessage`. */
export type IncomingMessage = Message;

const SYNC_REASONS: ReadonlySet<string> = new Set<SyncReason>(['alarm', 'install', 'startup', 'settings', 'popup', 'invoice-created', 'online']);

/** Checks the shape of an incoming message; returns null for anything unknown or malformed. */
export function parseMessage(raw: unknown): IncomingMessage | null {
  if (typeof raw !== 'object' || raw === null) {
    return null;
  }
  const { type, reason, method, args } = raw as { type?: unknown; reason?: unknown; method?: unknown; args?: unknown };
  if (type === 'sync-now') {
    return typeof reason === 'string' && SYNC_REASONS.has(reason) ? { type, reason: reason as SyncReason } : null;
  }
  if (type === 'popup-opened') {
    return { type };
  }
  if (type === 'api-call') {
    const call = parseApiCall(method, args);
    return call === null ? null : { type, ...call };
  }
  return null;
}

async function handlePopupOpened(now: number = Date.now()): Promise<MessageMap['popup-opened']['response']> {
  await boostBudget(localStorageArea, now + BOOST_DURATION_MS, 'popup');
  await markFeedSeen(now);
  return null;
}

/**
 * Handles `runtime.onMessage`. Returns a promise for the response, or undefined to send no
 * response, so another listener may still respond.
 */
export function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) {
    log.warn('Ignored a message from another extension or page', { senderId: sender.id ?? null });
    return undefined;
  }
  const message = parseMessage(raw);
  if (message === null) {
    log.warn('Ignored an unknown or malformed message');
    return undefined;
  }
  switch (message.type) {
    case 'sync-now':
      return requestSync(message.reason);
    case 'popup-opened':
      return handlePopupOpened();
    case 'api-call':
      return handleApiCall(message);
  }
}
