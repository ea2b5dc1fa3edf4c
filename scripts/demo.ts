// `npm run demo`: a development build talking to the local sandbox, with a trickle of new client
// activity, loaded into a fresh Chromium profile with the popup open in a tab. Ctrl+C stops it all.
//
// Steps: build dist/chrome and dist/firefox for http://127.0.0.1:8787 with the sandbox credentials
// (the package script rejects these builds), start the sandbox there with an activity every
// 20-30 s, then launch Chromium (CHROME_PATH, or chromium, chromium-browser or google-chrome on PATH).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DEFAULT_API_KEY, DEFAULT_API_SECRET, startSandbox, type Sandbox } from '../sandbox/server';
import { findBrowser } from './lib/browsers';
import { buildTarget, outDirFor, TARGETS } from './lib/targets';

const SANDBOX_PORT = 8787;
const BASE_URL = `http://127.0.0.1:${SANDBOX_PORT}`;
const TRICKLE = { minMs: 20_000, maxMs: 30_000 };

interface Running {
  sandbox?: Sandbox;
  context?: BrowserContext;
  profileDir?: string;
}

const running: Running = {};

async function launchChromium(executablePath: string): Promise<void> {
  const extensionDir = outDirFor('chrome');
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!headed) {
    console.log('No display (DISPLAY and WAYLAND_DISPLAY are unset): Chromium runs headless, so the extension syncs and notifies without a window.');
  }

  running.profileDir = await mkdtemp(join(tmpdir(), 'envoice-demo-profile-'));
  const context = await chromium.launchPersistentContext(running.profileDir, {
    executablePath,
    headless: !headed,
    viewport: null,
    // The demo's own signal handlers close Chromium, then the sandbox, then remove the profile.
    // Playwright's handlers would exit the process first and leave the profile behind.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      // A headless browser has no user, so it resolves no host name but loopback and nothing leaves the machine.
      ...(headed ? [] : ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1']),
    ],
  });
  running.context = context;

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const popupUrl = `chrome-extension://${new URL(worker.url()).host}/src/popup/index.html`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(popupUrl);
  console.log(`Chromium is running with the extension; the popup is open in a tab at ${popupUrl}`);
  context.on('close', () => {
    if (running.context === context) console.log('Chromium closed. The sandbox keeps running; press Ctrl+C to stop it.');
  });
}

async function startSandboxOnDemoPort(): Promise<Sandbox> {
  try {
    return await startSandbox({ port: SANDBOX_PORT, trickle: TRICKLE, log: (line) => console.log(line) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${SANDBOX_PORT} is already in use, and the demo build expects the sandbox there. Stop the other server (perhaps npm run sandbox) and try again.`);
    }
    throw error;
  }
}

function printManualSteps(reason: string): void {
  console.log(`${reason}
To try the extension in a browser of your own:
  1. Open chrome://extensions and turn on Developer mode.
  2. Click "Load unpacked" and choose ${outDirFor('chrome')}
  3. Click the extension's toolbar icon to open the popup.
Firefox: npx web-ext run --source-dir ${outDirFor('firefox')}
The sandbox keeps running until you press Ctrl+C.`);
}

async function stop(): Promise<void> {
  const { context, sandbox, profileDir } = running;
  running.context = undefined;
  await context?.close().catch(() => undefined);
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
  await sandbox?.close();
}

async function main(): Promise<void> {
  const credentials = { apiKey: DEFAULT_API_KEY, apiSecret: DEFAULT_API_SECRET };
  console.log(`Building a development extension for ${BASE_URL} (not for release)…`);
  for (const target of TARGETS) await buildTarget(target, { baseUrl: BASE_URL, credentials });

  running.sandbox = await startSandboxOnDemoPort();
  console.log(`Sandbox on ${running.sandbox.url}, key ${credentials.apiKey}; a new activity every ${TRICKLE.minMs / 1000}-${TRICKLE.maxMs / 1000} s.`);

  const lookup = findBrowser('chromium');
  if (lookup.path) {
    await launchChromium(lookup.path);
  } else {
    printManualSteps(`${lookup.missing}.`);
  }
  console.log('Press Ctrl+C to stop.');
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the demo…');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Stopping failed:', error);
        process.exit(1);
      },
    );
  });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stop();
  process.exitCode = 1;
});
