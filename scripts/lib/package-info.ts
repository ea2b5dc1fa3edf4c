import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './run';

/** package.json's version and the manifest version made from it (numeric part only, as Chrome requires). */
export async function readVersions(): Promise<{ packageVersion: string; manifestVersion: string }> {
  const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return { packageVersion: packageJson.version, manifestVersion: packageJson.version.replace(/[^\d.].*$/, '') };
}
