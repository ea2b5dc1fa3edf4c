// One describe block's browser setup: an in-process sandbox on a free loopback port, a Chrome build
// pointed at it, and Chromium with that build loaded, all stopped after the block.

import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { requireBrowser, type BrowserLookup } from './browsers';
import { ChromiumExtension } from './chromium';
import { buildExtension, type TestBuild } from './extension-build';
import { SANDBOX_CREDENTIALS } from './sandbox';

export interface ChromiumSuite {
  /** The sandbox object itself, so tests can read its account, request log and faults directly. */
  sandbox(): Sandbox;
  extension(): ChromiumExtension;
}

/**
 * Registers beforeAll and afterAll hooks for the current describe block. `preconfigured` bakes the
 * sandbox credentials into the build; without it the test goes through the settings page.
 */
export function useChromiumSuite(lookup: BrowserLookup, options: { preconfigured: boolean }): ChromiumSuite {
  let sandbox: Sandbox | undefined;
  let build: TestBuild | undefined;
  let extension: ChromiumExtension | undefined;

  beforeAll(async () => {
    const executablePath = requireBrowser(lookup);
    sandbox = await startSandbox({ port: 0 });
    const credentials = options.preconfigured ? { credentials: SANDBOX_CREDENTIALS } : {};
    build = await buildExtension('chrome', { baseUrl: sandbox.url, ...credentials });
    extension = await ChromiumExtension.launch(build.dir, { executablePath });
  });

  afterAll(async () => {
    if (extension && process.env.E2E_DUMP_LOGS) console.log(extension.logs.join('\n'));
    await extension?.close();
    await build?.remove();
    await sandbox?.close();
  });

  const notStarted = () => new Error('The extension did not start; see the error from beforeAll.');
  return {
    sandbox: () => {
      if (!sandbox) throw notStarted();
      return sandbox;
    },
    extension: () => {
      if (!extension) throw notStarted();
      return extension;
    },
  };
}
