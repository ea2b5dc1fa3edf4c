// Script size budgets of the built extension: popup at most 25 KB gzip, worker at most 20 KB gzip,
// measured the way `npm run build` prints them (scripts/lib/bundle-size.ts) on a store build
// (default Envoice origin, no credentials) of each browser target.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetBrowser } from '../manifest.config';
import { measurePage, measureScripts, type BundleSize } from '../scripts/lib/bundle-size';
import { buildTarget, TARGETS } from '../scripts/lib/targets';
import { markdownTable } from './report';

const KB = 1024;
/** The budgets that scripts/build.ts checks. It keeps its own copy, because importing it runs the build. */
export const POPUP_BUDGET_GZIP = 25 * KB;
export const WORKER_BUDGET_GZIP = 20 * KB;

export interface TargetSizes {
  target: TargetBrowser;
  popup: BundleSize;
  worker: BundleSize;
}

async function measureBuild(target: TargetBrowser, outDir: string): Promise<TargetSizes> {
  const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
    background?: { service_worker?: string; scripts?: string[] };
  };
  const workerEntry = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (!workerEntry) throw new Error(`The ${target} manifest in ${outDir} has no background.service_worker or background.scripts entry.`);
  const popup = await measurePage(outDir, manifest.action?.default_popup ?? 'src/popup/index.html');
  const worker = await measureScripts(outDir, [join(outDir, workerEntry)]);
  return { target, popup, worker };
}

/** Builds every target into a temp folder (dist/ is left alone) and measures its scripts. */
export async function measureTargets(): Promise<TargetSizes[]> {
  const parent = await mkdtemp(join(tmpdir(), 'envoice-bench-size-'));
  try {
    const sizes: TargetSizes[] = [];
    for (const target of TARGETS) {
      const outDir = await buildTarget(target, { outDir: join(parent, target) });
      sizes.push(await measureBuild(target, outDir));
    }
    return sizes;
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
}

function bytes(value: number): string {
  return `${value.toLocaleString('en-US')} B (${(value / KB).toFixed(1)} KB)`;
}

function verdict(value: number, budget: number): string {
  return value <= budget ? 'met' : '**NOT met**';
}

/** Formats one row per measured script set. Only the totals have a budget. */
export function sizeTable(sizes: readonly TargetSizes[]): string {
  const rows = sizes.flatMap(({ target, popup, worker }) => [
    [target, 'popup, total', bytes(popup.gzipBytes), bytes(POPUP_BUDGET_GZIP), verdict(popup.gzipBytes, POPUP_BUDGET_GZIP)],
    [target, 'popup, at first paint', bytes(popup.gzipBytes - popup.lazyGzipBytes), '–', '–'],
    [target, 'popup, on demand', bytes(popup.lazyGzipBytes), '–', '–'],
    [target, 'worker', bytes(worker.gzipBytes), bytes(WORKER_BUDGET_GZIP), verdict(worker.gzipBytes, WORKER_BUDGET_GZIP)],
  ]);
  return markdownTable(['target', 'scripts', 'gzip', 'budget', 'verdict'], rows);
}
