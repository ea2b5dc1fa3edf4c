import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createManifest, type TargetBrowser } from '../../manifest.config';
import packageJson from '../../package.json' with { type: 'json' };
import { releaseProblems } from './release-check';
import { DEV_MARKER_FILE } from './targets';

const VERSION = packageJson.version.replace(/[^\d.].*$/, '');
/** How the minified bundle reads DEV_CREDENTIALS in a store build. */
const STORE_CODE = 'var a={apiKey:r(()=>``,``),apiSecret:r(()=>``,``)};';

let dist: string;

beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'release-check-'));
});

afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

async function writeDist(target: TargetBrowser, origin: string, code: string): Promise<void> {
  const manifest = { ...(createManifest(target, origin) as unknown as Record<string, unknown>), version: VERSION };
  await writeFile(join(dist, 'manifest.json'), JSON.stringify(manifest));
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'assets', 'index.js'), code);
}

describe('releaseProblems', () => {
  test('accepts a store build', async () => {
    await writeDist('chrome', 'https://www.envoice.in', STORE_CODE);
    expect(await releaseProblems('chrome', dist, VERSION)).toEqual([]);
  });

  test('rejects a loopback origin without the marker', async () => {
    await writeDist('firefox', 'http://127.0.0.1:4010', STORE_CODE);
    const problems = await releaseProblems('firefox', dist, VERSION);
    expect(problems).toEqual([expect.stringContaining('host_permissions is ["http://127.0.0.1/*"]')]);
  });

  test('rejects the sandbox credentials without the marker', async () => {
    await writeDist('chrome', 'https://www.envoice.in', 'var a={apiKey:r(()=>`sandbox-key`,``),apiSecret:r(()=>`sandbox-secret`,``)};');
    expect(await releaseProblems('chrome', dist, VERSION)).toEqual([expect.stringContaining("assets/index.js contains the sandbox's development credentials")]);
  });

  const bakedShapes = ['apiKey:r(()=>`k-123`,``)', 'apiSecret: readDefine(() => "s-456", "")', "apiKey:$1(()=>'k')"];
  for (const shape of bakedShapes) {
    test(`rejects baked credentials: ${shape}`, async () => {
      await writeDist('chrome', 'https://www.envoice.in', `var a={${shape}};`);
      expect(await releaseProblems('chrome', dist, VERSION)).toEqual([expect.stringContaining('assets/index.js contains development credentials')]);
    });
  }

  test('rejects the marker file', async () => {
    await writeDist('chrome', 'https://www.envoice.in', STORE_CODE);
    await writeFile(join(dist, DEV_MARKER_FILE), '{}');
    expect(await releaseProblems('chrome', dist, VERSION)).toEqual([expect.stringContaining(`${DEV_MARKER_FILE} is present`)]);
  });

  test('asks for a build when there is none', async () => {
    expect(await releaseProblems('chrome', join(dist, 'missing'), VERSION)).toEqual([expect.stringContaining('run npm run build first')]);
  });
});
