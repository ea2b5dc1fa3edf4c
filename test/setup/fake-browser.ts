import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

// Every module imports `browser` from webextension-polyfill; tests get the in-memory fake instead,
// reset before each test so no storage or listener leaks between tests.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});
