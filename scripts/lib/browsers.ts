// Finds the browsers that the demo and the end-to-end tests drive.

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

interface BrowserSpec {
  label: string;
  envVar: string;
  defaultPath: string;
  pathNames: string[];
  installHint: string;
}

const SPECS: Record<BrowserName, BrowserSpec> = {
  chromium: {
    label: 'Chromium',
    envVar: 'CHROME_PATH',
    defaultPath: '/usr/bin/chromium',
    pathNames: ['chromium', 'chromium-browser', 'google-chrome'],
    installHint: "install Debian's chromium (apt-get install chromium) or set CHROME_PATH",
  },
  firefox: {
    label: 'Firefox',
    envVar: 'FIREFOX_PATH',
    defaultPath: '/usr/bin/firefox-esr',
    pathNames: ['firefox-esr', 'firefox'],
    installHint: "install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH",
  },
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of an executable on PATH, or undefined. */
export function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export interface BrowserLookup {
  name: BrowserName;
  /** Executable to launch, when one was found. */
  path?: string;
  /** Reason the browser is missing, phrased for a log line; set whenever `path` is not. */
  missing?: string;
}

/**
 * Looks for a browser: its environment variable (CHROME_PATH, FIREFOX_PATH) wins, then the Debian
 * path, then the usual names on PATH.
 */
export function findBrowser(name: BrowserName): BrowserLookup {
  const spec = SPECS[name];
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { name, path: fromEnv }
      : { name, missing: `${spec.label} not found at ${fromEnv} (from ${spec.envVar}); ${spec.installHint}` };
  }
  const path = isExecutable(spec.defaultPath) ? spec.defaultPath : spec.pathNames.map(findOnPath).find(Boolean);
  return path ? { name, path } : { name, missing: `${spec.label} not found at ${spec.defaultPath} or on PATH; ${spec.installHint}` };
}
