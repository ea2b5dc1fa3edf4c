// Firefox ESR runs the Firefox build against the sandbox. The test cannot look inside Firefox, so
// it judges from the sandbox's request log: requests carry valid credentials (answered 200), and
// a payment added in the sandbox is followed by a details read of that invoice.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildExtension,
  findBrowser,
  requireBrowser,
  runFirefox,
  SANDBOX_CREDENTIALS,
  shouldSkip,
  startTestSandbox,
  waitFor,
  type FirefoxRun,
  type LoggedRequest,
  type TestBuild,
  type TestSandbox,
} from './harness';

const firefoxLookup = findBrowser('firefox');
/** Syncs run on a one-minute alarm by default; two periods leave room for a slow start. */
const SYNC_WAIT_MS = 150_000;

function apiRequests(log: LoggedRequest[]): LoggedRequest[] {
  return log.filter((entry) => entry.path.startsWith('/api/') && entry.status !== 0);
}

describe.skipIf(shouldSkip(firefoxLookup))('Firefox extension', () => {
  let sandbox: TestSandbox | undefined;
  let build: TestBuild | undefined;
  let firefox: FirefoxRun | undefined;

  const control = () => {
    if (!sandbox || !firefox) throw new Error('Firefox or the sandbox did not start; see the error from beforeAll.');
    return sandbox.control;
  };

  beforeAll(async () => {
    const firefoxPath = requireBrowser(firefoxLookup);
    sandbox = await startTestSandbox();
    // A small account lets the first sync read every invoice, so later reads follow new activity only.
    await sandbox.control.reset({ invoiceCount: 5 });
    build = await buildExtension('firefox', { baseUrl: sandbox.url, credentials: SANDBOX_CREDENTIALS });
    firefox = await runFirefox(build.dir, { firefoxPath });
  });

  afterAll(async () => {
    if (firefox && process.env.E2E_DUMP_LOGS) console.log(firefox.output());
    await firefox?.stop();
    await build?.remove();
    await sandbox?.close();
  });

  test('first sync uses the credentials', async () => {
    const requests = await waitFor(
      'the first API request from Firefox',
      async () => {
        const seen = apiRequests(await control().requests());
        return seen.length > 0 ? seen : undefined;
      },
      SYNC_WAIT_MS,
    );

    expect(requests.map((entry) => entry.status)).not.toContain(401);
    expect(requests.filter((entry) => entry.status === 200).length).toBeGreaterThan(0);
  });

  test('payment leads to a details read', async () => {
    // Let the first sync finish so that its reads cannot be mistaken for the follow-up.
    await waitFor('the first sync to finish', async () => {
      const before = (await control().requests()).length;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return (await control().requests()).length === before ? true : undefined;
    }, SYNC_WAIT_MS);
    await control().clearRequests();

    const activity = await control().addActivity('Paid');
    const read = await waitFor(
      `a details read of invoice ${activity.InvoiceId}`,
      async () =>
        apiRequests(await control().requests()).find(
          (entry) => entry.path === '/api/invoice/details' && entry.query.id === String(activity.InvoiceId),
        ),
      SYNC_WAIT_MS,
    );

    expect(read.status).toBe(200);
  });
});
