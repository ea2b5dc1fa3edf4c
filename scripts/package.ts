// `npm run package`: builds both targets for the production origin without development
// credentials, checks them, and writes the store archives and the source archive to release/:
//   envoice-companion-chrome-<version>.zip   (Chrome Web Store upload)
//   envoice-companion-firefox-<version>.zip  (addons.mozilla.org upload; AMO takes a .zip)
//   envoice-companion-source-<version>.zip   (the source AMO requires: files tracked by git at HEAD)
// `npm run package -- --no-build` packages the existing dist/ instead, after the same checks.

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readVersions } from './lib/package-info';
import { releaseProblems } from './lib/release-check';
import { localBin, ROOT, run, runOrThrow } from './lib/run';
import { buildTarget, DEFAULT_BASE_URL, outDirFor, TARGETS } from './lib/targets';

const RELEASE_DIR = join(ROOT, 'release');

async function zipFolder(sourceDir: string, fileName: string): Promise<void> {
  // web-ext's zip leaves out dotfiles and is already a dev dependency, so no zip binary is needed.
  await runOrThrow(localBin('web-ext'), [
    'build', '--source-dir', sourceDir, '--artifacts-dir', RELEASE_DIR, '--filename', fileName,
    '--overwrite-dest', '--no-input', '--no-config-discovery',
  ], { capture: true });
}

async function warnAboutUncommittedFiles(): Promise<void> {
  const { stdout } = await run('git', ['status', '--porcelain', '--untracked-files=no'], { capture: true });
  if (stdout.trim() !== '') {
    console.warn('Warning: the source archive is made from HEAD, but tracked files have uncommitted changes:');
    console.warn(stdout.trimEnd());
  }
}

async function main(): Promise<number> {
  const { packageVersion, manifestVersion } = await readVersions();

  if (!process.argv.includes('--no-build')) {
    if (process.env.ENVOICE_BASE_URL && process.env.ENVOICE_BASE_URL !== DEFAULT_BASE_URL) {
      console.log(`Ignoring ENVOICE_BASE_URL=${process.env.ENVOICE_BASE_URL}: store packages always talk to ${DEFAULT_BASE_URL}.`);
    }
    for (const target of TARGETS) await buildTarget(target, { baseUrl: DEFAULT_BASE_URL });
  }

  const problems: string[] = [];
  for (const target of TARGETS) problems.push(...(await releaseProblems(target, outDirFor(target), manifestVersion)));
  if (problems.length > 0) {
    console.error(`Not packaging, because:\n  ${problems.join('\n  ')}`);
    return 1;
  }

  await mkdir(RELEASE_DIR, { recursive: true });
  for (const target of TARGETS) {
    const fileName = `envoice-companion-${target}-${packageVersion}.zip`;
    await zipFolder(outDirFor(target), fileName);
    console.log(`release/${fileName}`);
  }

  const sourceName = `envoice-companion-source-${packageVersion}.zip`;
  await warnAboutUncommittedFiles();
  await rm(join(RELEASE_DIR, sourceName), { force: true });
  await runOrThrow('git', ['archive', '--format=zip', `--prefix=envoice-companion-${packageVersion}/`, '-o', join(RELEASE_DIR, sourceName), 'HEAD']);
  console.log(`release/${sourceName}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
