import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { measurePage, measureScripts } from './bundle-size';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundle-size-'));
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, 'src/popup'), { recursive: true });
  await writeFile(join(dir, 'assets/popup.js'), 'import{a}from"./shared.js";import("./lazy.js");a();');
  await writeFile(join(dir, 'assets/shared.js'), 'export const a=()=>1;');
  await writeFile(join(dir, 'assets/lazy.js'), 'import"./shared.js";');
  await writeFile(join(dir, 'assets/unused.js'), 'console.log(1)');
  await writeFile(join(dir, 'worker.js'), "import './assets/shared.js';");
  await writeFile(
    join(dir, 'src/popup/index.html'),
    '<script type="module" src="/assets/popup.js"></script><link rel="modulepreload" href="/assets/shared.js">',
  );
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('page counts each reachable script once', async () => {
  const size = await measurePage(dir, 'src/popup/index.html');
  expect(size.files).toEqual(['assets/lazy.js', 'assets/popup.js', 'assets/shared.js']);
  expect(size.gzipBytes).toBeGreaterThan(0);
});

test('worker follows relative imports', async () => {
  const size = await measureScripts(dir, [join(dir, 'worker.js')]);
  expect(size.files).toEqual(['assets/shared.js', 'worker.js']);
  expect(size.bytes).toBe('export const a=()=>1;'.length + "import './assets/shared.js';".length);
});

test('dynamic-only files count as lazy', async () => {
  const size = await measureScripts(dir, [join(dir, 'assets/popup.js')]);
  expect(size.lazyGzipBytes).toBeGreaterThan(0);
  expect(size.lazyGzipBytes).toBeLessThan(size.gzipBytes);
});

test('relative dist folder counts once', async () => {
  const size = await measurePage(relative(process.cwd(), dir), 'src/popup/index.html');
  expect(size.files).toEqual(['assets/lazy.js', 'assets/popup.js', 'assets/shared.js']);
});
