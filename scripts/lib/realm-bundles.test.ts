import { expect, test } from 'vitest';
import type { Rollup } from 'vite';
import { realmBundles } from './realm-bundles';

interface EmittedAsset {
  fileName: string;
  source: string;
}

function chunk(fileName: string, code: string, facadeModuleId: string | null = null): Rollup.OutputChunk {
  const name = fileName.replace(/^assets\/|\.js$/g, '');
  return { type: 'chunk', fileName, name, code, isEntry: facadeModuleId !== null, facadeModuleId } as Rollup.OutputChunk;
}

function asset(fileName: string, source: string): Rollup.OutputAsset {
  return { type: 'asset', fileName, source } as Rollup.OutputAsset;
}

async function runPlugin(files: (Rollup.OutputChunk | Rollup.OutputAsset)[]): Promise<{ bundle: Rollup.OutputBundle; emitted: EmittedAsset[] }> {
  const bundle: Rollup.OutputBundle = Object.fromEntries(files.map((file) => [file.fileName, file]));
  const emitted: EmittedAsset[] = [];
  const hook = realmBundles().generateBundle as { handler: (this: unknown, options: unknown, bundle: Rollup.OutputBundle) => Promise<void> };
  await hook.handler.call({ emitFile: (asset: EmittedAsset) => emitted.push(asset) }, {}, bundle);
  return { bundle, emitted };
}

const SHARED = chunk('assets/shared.js', 'export const shared = "shared-value"; export const other = "other-value";');

test('each entry gets its own copy', async () => {
  const { bundle, emitted } = await runPlugin([
    chunk('assets/popup.js', 'import { shared } from "./shared.js"; console.log(shared, "popup");', '/r/src/popup/index.html'),
    chunk('assets/worker.js', 'import { other } from "./shared.js"; console.log(other, "worker");', '/r/src/background/index.ts'),
    SHARED,
  ]);

  expect(Object.keys(bundle).sort()).toEqual(['assets/popup.js', 'assets/worker.js']);
  expect(emitted).toEqual([]);
  const popup = (bundle['assets/popup.js'] as Rollup.OutputChunk).code;
  const worker = (bundle['assets/worker.js'] as Rollup.OutputChunk).code;
  expect(popup).toContain('shared-value');
  expect(popup).not.toContain('other-value');
  expect(popup).not.toContain('import');
  expect(worker).toContain('other-value');
  expect(worker).not.toContain('shared-value');
});

test('lazy chunk stays lazy', async () => {
  const { bundle, emitted } = await runPlugin([
    chunk('assets/popup.js', 'import { shared } from "./shared.js"; console.log(shared); import("./View.js").then((m) => m.show());', '/r/src/popup/index.html'),
    chunk('assets/View.js', 'import { other } from "./shared.js"; export function show() { console.log(other); }'),
    SHARED,
  ]);

  // Modules the entry loads anyway join the entry, and the lazy chunk imports them from there.
  const popup = (bundle['assets/popup.js'] as Rollup.OutputChunk).code;
  expect(emitted).toHaveLength(1);
  expect(emitted[0]!.fileName).toMatch(/^assets\/popup-View-[\w-]+\.js$/);
  expect(emitted[0]!.source).toMatch(/from\s*["'`]\.\/popup\.js["'`]/);
  expect(popup).toContain('other-value');
  expect(popup).toMatch(new RegExp(`import\\(["'\`]\\./${emitted[0]!.fileName.slice('assets/'.length)}["'\`]\\)`));
  expect(bundle['assets/View.js']).toBeUndefined();
  expect(bundle['assets/shared.js']).toBeUndefined();
});

test('missing import fails the build', async () => {
  await expect(runPlugin([chunk('assets/popup.js', 'import "./gone.js";', '/r/src/popup/index.html')])).rejects.toThrow(/gone\.js/);
});

test('worker moves into its loader', async () => {
  const { bundle, emitted } = await runPlugin([
    asset('service-worker-loader.js', "import './assets/worker.js';\n"),
    chunk('assets/worker.js', 'import { other } from "./shared.js"; console.log(other, "worker");', '/r/src/background/index.ts'),
    SHARED,
  ]);

  expect(Object.keys(bundle)).toEqual([]);
  expect(emitted).toHaveLength(1);
  expect(emitted[0]!.fileName).toBe('service-worker-loader.js');
  expect(emitted[0]!.source).toContain('other-value');
  expect(emitted[0]!.source).not.toContain('import');
});

test('realm with a lazy chunk keeps its loader', async () => {
  const { bundle } = await runPlugin([
    asset('service-worker-loader.js', "import './assets/worker.js';\n"),
    chunk('assets/worker.js', 'import("./View.js").then((m) => m.show());', '/r/src/background/index.ts'),
    chunk('assets/View.js', 'export function show() { console.log("view"); }'),
  ]);

  expect((bundle['service-worker-loader.js'] as Rollup.OutputAsset).source).toBe("import './assets/worker.js';\n");
  expect(bundle['assets/worker.js']).toBeDefined();
});
