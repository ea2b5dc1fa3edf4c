// Loads a built extension into Debian's Chromium through playwright-core, the way crxjs tests
// load theirs: a persistent profile with --load-extension. Chromium 132 and later run `--headless`
// as the new headless mode, which loads extensions and runs their service workers.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

const WORKER_TIMEOUT_MS = 20_000;

// The few extension APIs that the helpers call inside extension pages; the project does not
// depend on Chrome's full type package for these.
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(details: object): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: string | string[] | null): Promise<Record<string, unknown>> } };
};

export interface LaunchOptions {
  executablePath: string;
  /** Show a window; the tests run headless, the demo does not. */
  headed?: boolean;
}

/** Runs `condition` every 100 ms until it returns a value other than undefined, or times out. */
export async function waitFor<T>(description: string, condition: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A Chromium profile with one extension loaded, and helpers that look inside the extension. */
export class ChromiumExtension {
  /** Console lines and page errors from extension pages and the worker, for failure reports. */
  readonly logs: string[] = [];
  #controlPage: Page | undefined;
  #cdp: CDPSession | undefined;
  #workerStatus = new Map<string, string>();

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly profileDir: string,
  ) {}

  static async launch(extensionDir: string, options: LaunchOptions): Promise<ChromiumExtension> {
    const profileDir = await mkdtemp(join(tmpdir(), 'envoice-chromium-profile-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: options.executablePath,
      headless: !options.headed,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Every host name fails to resolve except loopback, so the browser's own services send
        // nothing off the machine; the sandbox is reached by IP address.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT_MS }));
      const extension = new ChromiumExtension(context, new URL(worker.url()).host, profileDir);
      extension.watch(worker);
      return extension;
    } catch (error) {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
      throw new Error(`The extension in ${extensionDir} started no service worker: ${String(error)}`);
    }
  }

  private watch(worker: Worker): void {
    const record = (source: string) => (line: string) => this.logs.push(`[${source}] ${line}`);
    worker.on('console', (message) => record('worker')(message.text()));
    this.context.on('serviceworker', (next) => next.on('console', (message) => record('worker')(message.text())));
    this.context.on('page', (page) => {
      page.on('console', (message) => record(page.url())(message.text()));
      page.on('pageerror', (error) => record(page.url())(`pageerror: ${error.message}`));
    });
  }

  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  private async openTab(path: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.url(path));
    return page;
  }

  /** Opens the popup page in a tab (a real popup cannot be opened from a test). */
  openPopup(): Promise<Page> {
    return this.openTab('src/popup/index.html');
  }

  openOptions(): Promise<Page> {
    return this.openTab('src/options/index.html');
  }

  /**
   * Returns an extension page kept open for reading browser state. It is the options page, which
   * only reads settings when it loads. The popup would not do, because it marks the feed seen and
   * so changes the badge.
   */
  async controlPage(): Promise<Page> {
    if (!this.#controlPage || this.#controlPage.isClosed()) this.#controlPage = await this.openOptions();
    return this.#controlPage;
  }

  /** Notifications the extension shows now, by id, from `chrome.notifications.getAll()`. */
  async notifications(): Promise<Record<string, unknown>> {
    const page = await this.controlPage();
    return page.evaluate(() => chrome.notifications.getAll());
  }

  /** Clears every notification the extension shows, so a later one is easy to count. */
  async clearNotifications(): Promise<void> {
    const page = await this.controlPage();
    await page.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
  }

  async badgeText(): Promise<string> {
    const page = await this.controlPage();
    return page.evaluate(() => chrome.action.getBadgeText({}));
  }

  /** Sends a runtime message to the worker from an extension page, waking the worker if stopped. */
  async sendMessage<T = unknown>(message: Record<string, unknown>): Promise<T> {
    const page = await this.controlPage();
    return page.evaluate((body) => chrome.runtime.sendMessage(body) as Promise<T>, message);
  }

  /** Reads chrome.storage.local, for checks a page does not show. */
  async storage(keys?: string | string[]): Promise<Record<string, unknown>> {
    const page = await this.controlPage();
    return page.evaluate((names) => chrome.storage.local.get(names ?? null), keys);
  }

  private async serviceWorkerSession(): Promise<CDPSession> {
    if (this.#cdp) return this.#cdp;
    // A page session's ServiceWorker domain covers the storage partition of that page, which for
    // an extension page is the extension's own.
    const session = await this.context.newCDPSession(await this.controlPage());
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(this.url(''))) this.#workerStatus.set(version.versionId, version.runningStatus);
      }
    });
    await session.send('ServiceWorker.enable');
    // Enabling reports the current versions in events that can arrive after the call returns.
    await waitFor('the service worker versions', async () => (this.#workerStatus.size > 0 ? true : undefined), 5_000);
    this.#cdp = session;
    return session;
  }

  /** True while any version of the extension's service worker is starting or running. */
  async isServiceWorkerRunning(): Promise<boolean> {
    await this.serviceWorkerSession();
    return [...this.#workerStatus.values()].some((status) => status === 'running' || status === 'starting');
  }

  /** Stops the extension's service worker, as Chrome does after 30 s idle, and waits until it has stopped. */
  async stopServiceWorker(): Promise<void> {
    const session = await this.serviceWorkerSession();
    await session.send('ServiceWorker.stopAllWorkers');
    await waitFor('the service worker to stop', async () => ((await this.isServiceWorkerRunning()) ? undefined : true));
  }

  /** Wakes the stopped worker with a runtime message and returns its response. */
  async wakeServiceWorker<T = unknown>(message: Record<string, unknown>): Promise<T> {
    const answer = await this.sendMessage<T>(message);
    await waitFor('the service worker to run', async () => ((await this.isServiceWorkerRunning()) ? true : undefined));
    return answer;
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profileDir, { recursive: true, force: true });
  }
}
