// The user-visible form of each kind of failure: one table from error kind to badge text, badge
// colour and message, shared by the badge, the popup's status line and the settings page.

import { ENVOICE_BASE_URL } from './build-config';
import type { EnvoiceErrorKind, StoredError } from './api/errors';
import { EnvoiceError } from './api/errors';
import { t } from './i18n';
import { redact } from './log';

interface KindDisplay {
  /** At most four characters, because Chrome cuts longer badge text. */
  badgeText: string;
  /** CSS colour of the badge background. */
  badgeColor: string;
}

const RED = '#d93025';
const AMBER = '#e37400';
const GREY = '#5f6368';
const BLUE = '#1a73e8';

/** Badge of each kind. Each kind's message key is `error_` and the kind in snake case, see `messageKeyOf`. */
export const ERROR_DISPLAY: Readonly<Record<EnvoiceErrorKind, KindDisplay>> = {
  'not-configured': { badgeText: 'set', badgeColor: BLUE },
  unauthorized: { badgeText: '!', badgeColor: RED },
  'rate-limited': { badgeText: '…', badgeColor: AMBER },
  network: { badgeText: 'off', badgeColor: GREY },
  timeout: { badgeText: '…', badgeColor: GREY },
  server: { badgeText: 'x', badgeColor: AMBER },
  'api-fault': { badgeText: '!', badgeColor: AMBER },
  'invalid-response': { badgeText: '?', badgeColor: AMBER },
  permission: { badgeText: '!', badgeColor: BLUE },
  unexpected: { badgeText: 'x', badgeColor: GREY },
};

/** Names the message of an error kind: `api-fault` reads `error_api_fault`. */
function messageKeyOf(kind: EnvoiceErrorKind): string {
  return `error_${kind.replaceAll('-', '_')}`;
}

export interface ErrorDescription {
  badgeText: string;
  badgeColor: string;
  messageKey: string;
  /** The sentence to show, in the browser's language. */
  message: string;
}

export interface DescribeOptions {
  /** When the next attempt is due (epoch ms), if the caller knows better than Retry-After. */
  retryAt?: number;
  /** Clock for an EnvoiceError, which carries no time of its own. */
  now?: number;
  locale?: string;
}

/** Describes a failure for the badge and for text on screen. */
export function describeError(error: StoredError | EnvoiceError, options: DescribeOptions = {}): ErrorDescription {
  const stored = error instanceof EnvoiceError ? toStoredError(error, options.now ?? Date.now()) : error;
  // A kind that a later version stored and this one does not know reads as `unexpected`.
  const kind = Object.hasOwn(ERROR_DISPLAY, stored.kind) ? stored.kind : 'unexpected';
  const display = ERROR_DISPLAY[kind];
  const { messageKey, substitutions } = messageFor(stored, messageKeyOf(kind), options);
  return { badgeText: display.badgeText, badgeColor: display.badgeColor, messageKey, message: t(messageKey, substitutions) };
}

function messageFor(stored: StoredError, messageKey: string, options: DescribeOptions): { messageKey: string; substitutions?: string[] } {
  switch (stored.kind) {
    case 'rate-limited': {
      const retryAt = options.retryAt ?? (stored.retryAfterMs === undefined ? undefined : stored.at + stored.retryAfterMs);
      if (retryAt === undefined) {
        return { messageKey: 'error_rate_limited_soon' };
      }
      return { messageKey, substitutions: [new Intl.DateTimeFormat(options.locale, { timeStyle: 'short' }).format(retryAt)] };
    }
    case 'api-fault':
      return stored.message.trim() === '' ? { messageKey: 'error_api_fault_no_message' } : { messageKey, substitutions: [stored.message] };
    case 'permission':
      return { messageKey, substitutions: [new URL(ENVOICE_BASE_URL).origin] };
    default:
      return { messageKey };
  }
}

/** Maximum length of the message kept from an error that is not an EnvoiceError. */
const MAX_UNEXPECTED_MESSAGE = 300;

/**
 * Converts any failure to the form kept in the sync status. An EnvoiceError keeps its kind, the
 * service's own text for `api-fault`, and its Retry-After. Anything else becomes `unexpected`
 * with its name and message, shortened and with header-shaped values removed.
 */
export function toStoredError(error: unknown, now: number): StoredError {
  if (error instanceof EnvoiceError) {
    const message = error.kind === 'api-fault' && error.userMessage !== undefined ? error.userMessage : error.message;
    const stored: StoredError = { kind: error.kind, message, at: now };
    return error.retryAfterMs === undefined ? stored : { ...stored, retryAfterMs: error.retryAfterMs };
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `Non-error value thrown: ${String(error)}`;
  return { kind: 'unexpected', message: redact(text).slice(0, MAX_UNEXPECTED_MESSAGE), at: now };
}
