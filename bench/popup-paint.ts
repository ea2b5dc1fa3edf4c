// "The popup paints stored activities before any network request returns", measured in headless
// Chromium: after a first sync fills the feed, every API request is made slow, and the popup page
// is opened fresh several times. Each opening records, from its navigation start, when the first
// activity item entered the DOM and when the sandbox sent its first API response.

import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { buildExtension, ChromiumExtension, SANDBOX_CREDENTIALS, waitFor, type TestBuild } from '../test/e2e/harness';
import { format, markdownTable, percentile } from './report';

export const OPENINGS = 10;
export const SLOW_DELAY_MS = 3000;
/** Storage keys of src/shared/feed.ts, which cannot be imported outside an extension runtime. */
const FEED_KEY = 'feed';
const SYNC_STATUS_KEY = 'syncStatus';
const ACTIVITY_SELECTOR = '[data-testid="activity-item"]';

export interface Opening {
  /** Milliseconds from navigation start to the first activity item in the DOM. */
  paintMs: number;
  /** Milliseconds from navigation start to the first API response sent, or null when none came. */
  responseMs: number | null;
}

export interface PaintResult {
  chromiumVersion: string;
  openings: Opening[];
}

declare global {
  interface Window {
    firstActivityMs?: number;
  }
}

/** Records performance.now() when the first activity item appears. Runs in the page before its own scripts. */
function watchFirstActivity(selector: string): void {
  const observer = new MutationObserver(() => {
    if (window.firstActivityMs === undefined && document.querySelector(selector) !== null) {
      window.firstActivityMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

function chromiumVersion(executablePath: string): string {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown version';
  }
}

/** Waits until no API request is pending and the worker's sync is not running. */
async function waitForIdle(sandbox: Sandbox, extension: ChromiumExtension): Promise<void> {
  await waitFor('the sync to go idle', async () => {
    if (sandbox.requests.list().some((entry) => entry.status === 0)) return undefined;
    const status = (await extension.storage(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as { phase?: string } | undefined;
    return status?.phase === 'syncing' ? undefined : true;
  }, 60_000);
}

async function openOnce(extension: ChromiumExtension, responseTimes: number[]): Promise<Opening> {
  responseTimes.length = 0;
  const page: Page = await extension.context.newPage();
  try {
    await page.addInitScript(watchFirstActivity, ACTIVITY_SELECTOR);
    await page.goto(extension.url('src/popup/index.html'));
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const paintMs = await waitFor('the first activity item', () => page.evaluate(() => window.firstActivityMs));
    // A sync started by this opening gets its first response after SLOW_DELAY_MS. An opening that
    // starts no sync gets none, and the wait ends after three times that.
    const firstResponse = await waitFor('the first API response', async () => responseTimes[0], SLOW_DELAY_MS * 3).catch(() => undefined);
    return { paintMs, responseMs: firstResponse === undefined ? null : firstResponse - timeOrigin };
  } finally {
    await page.close();
  }
}

/** Starts the sandbox and Chromium, measures `OPENINGS` openings, and stops both. */
export async function measurePopupPaint(executablePath: string): Promise<PaintResult> {
  // Epoch ms at which the sandbox finished each API response, by this process's clock. Chromium's
  // performance.timeOrigin reads the same system clock.
  const responseTimes: number[] = [];
  const sandbox = await startSandbox({
    port: 0,
    log: (line) => {
      if (/^[A-Z]+ \/api\S* -> \d+$/.test(line)) responseTimes.push(Date.now());
    },
  });
  let build: TestBuild | undefined;
  let extension: ChromiumExtension | undefined;
  try {
    build = await buildExtension('chrome', { baseUrl: sandbox.url, credentials: SANDBOX_CREDENTIALS });
    extension = await ChromiumExtension.launch(build.dir, { executablePath });
    const running = extension;
    await running.sendMessage({ type: 'sync-now', reason: 'popup' });
    await waitFor('a first sync to fill the feed', async () => {
      const feed = (await running.storage(FEED_KEY))[FEED_KEY] as { activities?: unknown[] } | undefined;
      return (feed?.activities?.length ?? 0) > 0 ? true : undefined;
    }, 60_000);

    const openings: Opening[] = [];
    for (let index = 0; index < OPENINGS; index += 1) {
      // The previous opening's sync runs to its end at full speed, so every opening starts alike.
      sandbox.faults.clear();
      await waitForIdle(sandbox, running);
      sandbox.faults.add({ kind: 'slow', delayMs: SLOW_DELAY_MS, count: 100_000 });
      openings.push(await openOnce(running, responseTimes));
    }
    sandbox.faults.clear();
    return { chromiumVersion: chromiumVersion(executablePath), openings };
  } finally {
    await extension?.close();
    await build?.remove();
    await sandbox.close();
  }
}

/** Formats the median and max table and counts the openings that painted before any response. */
export function paintSummary(result: PaintResult): string {
  const paints = result.openings.map((opening) => opening.paintMs);
  const responses = result.openings.flatMap((opening) => (opening.responseMs === null ? [] : [opening.responseMs]));
  const first = result.openings.filter((opening) => opening.responseMs === null || opening.paintMs < opening.responseMs).length;
  const ms = (value: number): string => `${format(value, 0)} ms`;
  const table = markdownTable(['from navigation start to', 'median', 'max'], [
    ['first activity item in the DOM', ms(percentile(paints, 0.5)), ms(Math.max(...paints))],
    [`first API response (${responses.length} of ${result.openings.length} openings had one)`, ms(percentile(responses, 0.5)), ms(Math.max(...responses))],
  ]);
  return `${table}\n\nPainted before any API response returned: ${first} of ${result.openings.length} openings.`;
}
