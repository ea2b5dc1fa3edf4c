// Runs a built extension in Firefox through `web-ext run`, headless, in a fresh temporary profile.
//
// Host permissions: Firefox treats MV3 host_permissions as optional "origin controls", granted at
// install only while the pref extensions.originControls.grantByDefault is true. Firefox 153 ESR
// ships it true; the runner sets it anyway so a distribution default cannot turn the sync off.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localBin, ROOT } from '../../../scripts/lib/run';

export interface FirefoxRun {
  /** web-ext and Firefox output so far, for failure reports. */
  output(): string;
  stop(): Promise<void>;
}

export interface FirefoxOptions {
  firefoxPath: string;
  /** Extra Firefox prefs as name=value, on top of the host permission grant. */
  prefs?: string[];
}

const STARTUP_TIMEOUT_MS = 60_000;

/**
 * Prefs that keep Firefox's own services (remote settings, experiments, telemetry, captive portal
 * and connectivity checks, prefetching) quiet, and send any request they still make to a closed
 * loopback port through a proxy. Firefox never proxies loopback, so the sandbox is reached directly.
 */
export const OFFLINE_PREFS = [
  'network.proxy.type=1',
  'network.proxy.http=127.0.0.1',
  'network.proxy.http_port=9',
  'network.proxy.ssl=127.0.0.1',
  'network.proxy.ssl_port=9',
  'network.proxy.allow_hijacking_localhost=false',
  'network.trr.mode=5',
  'network.dns.disablePrefetch=true',
  'network.predictor.enabled=false',
  'network.http.speculative-parallel-limit=0',
  'network.captive-portal-service.enabled=false',
  'network.connectivity-service.enabled=false',
  'services.settings.server=http://127.0.0.1:9/v1',
  'messaging-system.rsexperimentloader.enabled=false',
  'app.normandy.enabled=false',
  'datareporting.healthreport.uploadEnabled=false',
  'datareporting.policy.dataSubmissionEnabled=false',
  'toolkit.telemetry.enabled=false',
  'browser.region.network.url=',
  'extensions.getAddons.cache.enabled=false',
  'media.gmp-manager.updateEnabled=false',
];

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(resolve, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Starts Firefox with the extension installed as a temporary add-on and resolves once web-ext
 * reports the install. The child runs in its own process group so `stop` ends Firefox with it.
 */
export async function runFirefox(extensionDir: string, options: FirefoxOptions): Promise<FirefoxRun> {
  const prefs = ['extensions.originControls.grantByDefault=true', ...OFFLINE_PREFS, ...(options.prefs ?? [])];
  // web-ext's own temporary profile outlives a killed web-ext, so the profile is made and removed here.
  const profileParent = await mkdtemp(join(tmpdir(), 'envoice-firefox-profile-'));
  const args = [
    'run',
    '--source-dir', extensionDir,
    `--firefox-profile=${join(profileParent, 'profile')}`,
    '--profile-create-if-missing',
    '--keep-profile-changes',
    `--firefox=${options.firefoxPath}`,
    '--arg=--headless',
    '--no-reload',
    '--no-input',
    '--verbose',
    ...prefs.map((pref) => `--pref=${pref}`),
  ];
  const child = spawn(localBin('web-ext'), args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);

  const endProcessGroup = async (): Promise<void> => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // The group has already exited.
    }
    await waitForExit(child, 10_000);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Ended on SIGTERM, as expected.
    }
  };
  const stop = async (): Promise<void> => {
    await endProcessGroup();
    await rm(profileParent, { recursive: true, force: true });
  };

  const installed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), STARTUP_TIMEOUT_MS);
    const check = () => {
      if (/Installed .* as a temporary add-on/.test(output)) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (!installed) {
    await stop();
    throw new Error(`web-ext did not install the extension in Firefox within ${STARTUP_TIMEOUT_MS / 1000} s. Output:\n${output.slice(-4000)}`);
  }
  return { output: () => output, stop };
}
