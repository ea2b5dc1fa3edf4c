import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TargetBrowser } from '../../manifest.config';
import { checkManifest } from './manifest-check';
import { DEV_MARKER_FILE } from './targets';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Lists why a built folder must not be released: development credentials, a version other than
 * package.json's, or a manifest with the other browser's keys. An empty list means it may ship.
 */
export async function releaseProblems(target: TargetBrowser, distDir: string, manifestVersion: string): Promise<string[]> {
  const manifestPath = join(distDir, 'manifest.json');
  if (!(await exists(manifestPath))) return [`${distDir} has no manifest.json; run npm run build first`];

  const problems: string[] = [];
  if (await exists(join(distDir, DEV_MARKER_FILE))) {
    problems.push(`${distDir} is a development build with API credentials baked in (${DEV_MARKER_FILE} is present); rebuild without ENVOICE_API_KEY and ENVOICE_API_SECRET`);
  }
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  problems.push(...checkManifest(target, manifest, manifestVersion).map((problem) => `${distDir}: ${problem}`));
  return problems;
}
