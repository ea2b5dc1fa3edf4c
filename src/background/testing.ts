// Test-only helpers: the fake browser leaves i18n, idle and permissions unimplemented (they
// throw), so worker tests install small stand-ins here. Never imported by production code.

import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type Listener = (...args: never[]) => unknown;

const messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, LocaleEntry>;

/** Formats a message the way Chrome does: named `$NAME$` placeholders, then `$1`…`$9`, then `$$`. */
export function formatLocaleMessage(entry: LocaleEntry, substitutions: string[]): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (match, name: string) => placeholders[name.toLowerCase()] ?? match);
  return named.replace(/\$(\d)/g, (_match, digit: string) => substitutions[Number(digit) - 1] ?? '').replace(/\$\$/g, '$');
}

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (entry === undefined) {
    return '';
  }
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return formatLocaleMessage(entry, values);
}

/** Creates an event with `trigger`, like the fake browser's own, for APIs the fake leaves out. */
export function createFakeEvent<T extends Listener>() {
  const listeners: T[] = [];
  return {
    addListener: (listener: T) => void listeners.push(listener),
    removeListener: (listener: T) => {
      const index = listeners.indexOf(listener);
      if (index >= 0) {
        listeners.splice(index, 1);
      }
    },
    hasListener: (listener: T) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: async (...args: Parameters<T>) => await Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/** Installs i18n with the real English messages, plus idle and permissions stand-ins. */
export function installBrowserStubs() {
  const stubs = {
    i18n: { getMessage: vi.fn(getMessage), getUILanguage: vi.fn(() => 'en') },
    idle: { queryState: vi.fn(async () => 'active'), onStateChanged: createFakeEvent() },
    permissions: {
      contains: vi.fn(async () => true),
      request: vi.fn(async () => true),
      onAdded: createFakeEvent(),
      onRemoved: createFakeEvent(),
    },
  };
  Object.assign(fakeBrowser, stubs);
  return stubs;
}
