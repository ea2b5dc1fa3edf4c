import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hostPermissionFor, type TargetBrowser } from '../../manifest.config';
import { checkManifest } from './manifest-check';
import { DEFAULT_BASE_URL, DEV_MARKER_FILE } from './targets';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The sandbox's default credentials, which a development build against the sandbox usually carries. */
const SANDBOX_CREDENTIALS = ['sandbox-key', 'sandbox-secret'];

/**
 * `DEV_CREDENTIALS` in src/shared/build-config.ts as the bundler leaves it: each field reads its
 * define through `readDefine(() => value, '')`, so a non-empty string returned by the arrow means
 * credentials were baked in. Quotes may be `, " or '.
 */
const BAKED_CREDENTIAL = /\bapi(?:Key|Secret)\s*:\s*[\w$]+\(\s*\(\)\s*=>\s*(?:`[^`]+`|"[^"]+"|'[^']+')/;

async function javaScriptFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Finds development credentials in the bundled code, so a development build still fails after its
 * marker file was deleted.
 * NOTE: this recognises the sandbox's default credentials anywhere, but other credentials only in
 * the shape the current minifier gives `DEV_CREDENTIALS`. A different minifier output would hide
 * them. The host permission check below catches every build for a non-production origin, so the
 * gap left is a build for the production origin with real credentials and no marker.
 */
async function credentialProblems(distDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of await javaScriptFiles(distDir)) {
    const code = await readFile(file, 'utf8');
    const relative = file.slice(distDir.length + 1);
    if (SANDBOX_CREDENTIALS.some((credential) => code.includes(credential))) {
      problems.push(`${relative} contains the sandbox's development credentials`);
    } else if (BAKED_CREDENTIAL.test(code)) {
      problems.push(`${relative} contains development credentials`);
    }
  }
  return problems;
}

/** Rejects host permissions other than the production Envoice origin's. */
function hostPermissionProblems(manifest: Record<string, unknown>): string[] {
  const expected = [hostPermissionFor(DEFAULT_BASE_URL)];
  const actual = manifest.host_permissions;
  if (JSON.stringify(actual) === JSON.stringify(expected)) return [];
  return [`host_permissions is ${JSON.stringify(actual ?? null)}, not ${JSON.stringify(expected)}; build for ${DEFAULT_BASE_URL}`];
}

/**
 * Lists why a built folder must not be released: development credentials (marker file or in the
 * code), host permissions for an origin other than production, a version other than
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
  const found = [...hostPermissionProblems(manifest), ...checkManifest(target, manifest, manifestVersion), ...(await credentialProblems(distDir))];
  problems.push(...found.map((problem) => `${distDir}: ${problem}`));
  return problems;
}
