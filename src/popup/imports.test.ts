// The popup calls Envoice through the worker, so neither the HTTP client nor ky may be reachable
// from its entry: together they added 9.5 KB gzip to a page with a 25 KB budget.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

// Value imports only: `import type` and `export type` vanish at build time.
const IMPORT_PATTERN = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveModule(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

/** Lists every module reachable from `entry` and every bare package name it imports. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>([entry]);
  const packages = new Set<string>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_PATTERN)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolveModule(file, specifier);
      if (target !== null && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { files: [...seen].map((file) => relative(ROOT, file)), packages };
}

describe('popup imports', () => {
  const graph = importGraph(resolve(ROOT, 'src/popup/main.tsx'));

  it('reaches the worker API and the invoice view', () => {
    expect(graph.files).toContain('src/shared/api/worker-api.ts');
    expect(graph.files).toContain('src/popup/invoice/NewInvoiceView.tsx');
  });

  it('leaves out the HTTP client', () => {
    expect(graph.files).not.toContain('src/shared/api/client.ts');
    expect(graph.files).not.toContain('src/shared/api/request.ts');
  });

  it('leaves out ky', () => {
    expect([...graph.packages].filter((name) => name === 'ky' || name.startsWith('ky/'))).toEqual([]);
  });
});
