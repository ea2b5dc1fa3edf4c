import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

// Every module imports `browser` from webextension-polyfill; tests get the in-memory fake instead,
// reset before each test so no storage or listener leaks between tests.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});

// Tests reach only servers they start on this machine. A request to any other host (such as the
// production Envoice origin a module defaults to) fails at once with the TypeError fetch throws when
// offline, instead of leaving the machine.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const realFetch = globalThis.fetch;

globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : input);
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    throw new TypeError(`Blocked a test request to ${url.origin}: tests may reach loopback hosts only.`);
  }
  return await realFetch(input, init);
};
