import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { installBrowserStubs } from '../background/testing';
import { t } from './i18n';

describe('t', () => {
  it('formats a message with substitutions', () => {
    installBrowserStubs();
    expect(t('notify_title_paid', 'INV-0042')).toBe('INV-0042 paid');
    expect(t('badge_title_unseen', [3, 'noon'])).toBe('Envoice Companion: 3 new, last checked noon');
  });

  it('returns the key for a missing message', () => {
    installBrowserStubs();
    expect(t('no_such_message')).toBe('no_such_message');
  });

  it('returns the key when the API throws', () => {
    Object.assign(fakeBrowser, { i18n: { getMessage: vi.fn(() => { throw new Error('not available'); }) } });
    expect(t('notify_title_paid', 'INV-0042')).toBe('notify_title_paid');
  });

  it('passes at most nine substitutions', () => {
    const { i18n } = installBrowserStubs();
    t('notify_title_paid', Array.from({ length: 12 }, (_, index) => index));
    expect(i18n.getMessage.mock.calls[0]![1]).toHaveLength(9);
  });
});
