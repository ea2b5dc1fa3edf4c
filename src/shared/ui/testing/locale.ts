// Test-only: serves `i18n.getMessage` from the English messages.json the way Chrome and Firefox
// do, so component tests assert the text users read instead of message keys.

import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import englishMessages from '../../../../public/_locales/en/messages.json';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Fills named `$NAME$` placeholders and then `$1`…`$9`, the substitution order of `i18n.getMessage`. */
export function fillMessage(entry: LocaleMessage, substitutions: readonly string[]): string {
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? match);
  return withPlaceholders.replace(/\$(\d)/g, (_match, digit: string) => substitutions[Number(digit) - 1] ?? '').replace(/\$\$/g, '$');
}

/** Replaces the fake browser's `i18n.getMessage`, which throws by default, with the English messages. */
export function useEnglishMessages(): void {
  const messages: Record<string, LocaleMessage> = englishMessages;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | Array<string | number>) => {
    const entry = messages[key];
    if (entry === undefined) {
      return '';
    }
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return fillMessage(entry, values.map(String));
  });
}
