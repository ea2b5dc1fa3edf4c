// `npm run build`: builds dist/chrome and dist/firefox, checks each manifest for the other
// browser's keys, and prints the gzip size of the popup and worker scripts against their budgets.
// ENVOICE_BASE_URL sets the Envoice origin; ENVOICE_API_KEY and ENVOICE_API_SECRET, when both are
// set, make a development build preconfigured with them (the package script rejects such builds).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TargetBrowser } from '../manifest.config';
import { measurePage, measureScripts, type BundleSize } from './lib/bundle-size';
import { checkManifest } from './lib/manifest-check';
import { readVersions } from './lib/package-info';
import { buildTarget, DEFAULT_BASE_URL, TARGETS } from './lib/targets';

const KB = 1024;
const POPUP_BUDGET_GZIP = 25 * KB;
const WORKER_BUDGET_GZIP = 20 * KB;

function formatSize(size: BundleSize, budget: number): string {
  const verdict = size.gzipBytes <= budget ? 'within' : 'OVER';
  const lazy = size.lazyGzipBytes > 0 ? `, ${(size.lazyGzipBytes / KB).toFixed(1)} KB of it loaded on demand` : '';
  return `${(size.gzipBytes / KB).toFixed(1)} KB gzip (${(size.bytes / KB).toFixed(1)} KB raw, ${size.files.length} files${lazy}), ${verdict} the ${budget / KB} KB budget`;
}

async function workerEntry(outDir: string, manifest: Record<string, unknown>): Promise<string> {
  const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  const entry = background?.service_worker ?? background?.scripts?.[0];
  if (!entry) throw new Error(`The manifest in ${outDir} has no background.service_worker or background.scripts entry.`);
  return join(outDir, entry);
}

async function reportTarget(target: TargetBrowser, outDir: string, expectedVersion: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const action = manifest.action as { default_popup?: string } | undefined;
  const popup = await measurePage(outDir, action?.default_popup ?? 'src/popup/index.html');
  const worker = await measureScripts(outDir, [await workerEntry(outDir, manifest)]);

  console.log(`${target}: popup  ${formatSize(popup, POPUP_BUDGET_GZIP)}`);
  console.log(`${target}: worker ${formatSize(worker, WORKER_BUDGET_GZIP)}`);
  return checkManifest(target, manifest, expectedVersion).map((problem) => `${target}: ${problem}`);
}

async function main(): Promise<void> {
  const baseUrl = process.env.ENVOICE_BASE_URL || DEFAULT_BASE_URL;
  const apiKey = process.env.ENVOICE_API_KEY ?? '';
  const apiSecret = process.env.ENVOICE_API_SECRET ?? '';
  if ((apiKey === '') !== (apiSecret === '')) {
    throw new Error('Set both ENVOICE_API_KEY and ENVOICE_API_SECRET for a development build, or neither.');
  }
  const credentials = apiKey === '' ? undefined : { apiKey, apiSecret };
  const { manifestVersion } = await readVersions();

  console.log(`Building for ${baseUrl}${credentials ? ' with development credentials (not for release)' : ''}`);
  const problems: string[] = [];
  for (const target of TARGETS) {
    const outDir = await buildTarget(target, { baseUrl, credentials, verbose: process.argv.includes('--verbose') });
    problems.push(...(await reportTarget(target, outDir, manifestVersion)));
  }

  if (problems.length > 0) {
    console.error(`The built manifests have problems:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
