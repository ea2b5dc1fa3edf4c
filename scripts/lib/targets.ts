import { rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { TargetBrowser } from '../../manifest.config';
import { localBin, ROOT, runOrThrow } from './run';

export const TARGETS: readonly TargetBrowser[] = ['chrome', 'firefox'];

export const DEFAULT_BASE_URL = 'https://www.envoice.in';

/** Name of the file that a build with development credentials writes at the top of its output. */
export const DEV_MARKER_FILE = '.dev-build.json';

export interface BuildOptions {
  /** Output folder, absolute or relative to the repository root; default dist/<target>. */
  outDir?: string;
  /** Origin of the Envoice API; default https://www.envoice.in. */
  baseUrl?: string;
  /** Development credentials to preconfigure; omitted for a store build. */
  credentials?: { apiKey: string; apiSecret: string };
  /** Print Vite's file list; off keeps test output short. */
  verbose?: boolean;
}

/** Absolute output folder of a build. */
export function outDirFor(target: TargetBrowser, outDir?: string): string {
  const dir = outDir ?? `dist/${target}`;
  return isAbsolute(dir) ? dir : join(ROOT, dir);
}

/**
 * Builds one browser target with `vite build --mode <target>` in a child process, because
 * vite.config.ts reads the Envoice origin and credentials from the environment. Credentials from
 * this process's environment are never inherited: only `options.credentials` reach the build.
 */
export async function buildTarget(target: TargetBrowser, options: BuildOptions = {}): Promise<string> {
  const outDir = outDirFor(target, options.outDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ENVOICE_BASE_URL: options.baseUrl ?? DEFAULT_BASE_URL,
    VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
  };
  delete env.ENVOICE_API_KEY;
  delete env.ENVOICE_API_SECRET;
  if (options.credentials) {
    env.ENVOICE_API_KEY = options.credentials.apiKey;
    env.ENVOICE_API_SECRET = options.credentials.apiSecret;
  }

  // Vite empties the folder itself, but only inside the project root; a temp folder is cleared here.
  await rm(outDir, { recursive: true, force: true });
  const args = ['build', '--mode', target, '--outDir', outDir, '--emptyOutDir'];
  if (!options.verbose) args.push('--logLevel', 'warn');
  await runOrThrow(localBin('vite'), args, { env });
  return outDir;
}
