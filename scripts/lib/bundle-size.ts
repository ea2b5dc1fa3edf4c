import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Static `import … from "./x.js"`, bare `import "./x.js"` and `export … from`; then dynamic `import("./x.js")`.
const STATIC_IMPORT_PATTERN = /(?:\bfrom\s*|\bimport\s*)["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT_PATTERN = /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]/g;
const HTML_SCRIPT_PATTERN = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.js)"/g;

export interface BundleSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** Gzip bytes of the files reached only through dynamic `import()`, loaded on demand. */
  lazyGzipBytes: number;
}

function resolveAsset(distDir: string, fromFile: string, specifier: string): string {
  // A leading slash is the extension root in the page and worker alike. Paths are made absolute,
  // so a file reached both from the page and from a script is counted once.
  return specifier.startsWith('/') ? resolve(distDir, `.${specifier}`) : resolve(dirname(fromFile), specifier);
}

function relativeImports(distDir: string, file: string, source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)]
    .map((match) => match[1]!)
    .filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'))
    .map((specifier) => resolveAsset(distDir, file, specifier));
}

/**
 * Adds up every JavaScript file reachable from the entries through relative imports, each file
 * counted once and gzipped on its own the way a server would send it. Files that only dynamic
 * `import()` reaches are counted too, and also reported apart as loaded on demand.
 */
export async function measureScripts(distDir: string, entries: readonly string[]): Promise<BundleSize> {
  const eager = new Set<string>();
  const all = new Set<string>();
  // Breadth-first from the entries over static imports, then from the dynamic targets: a file is
  // lazy only when no static chain reaches it.
  const queue: { file: string; lazy: boolean }[] = entries.map((file) => ({ file: resolve(file), lazy: false }));
  const deferred: string[] = [];
  let bytes = 0;
  let gzipBytes = 0;
  let lazyGzipBytes = 0;

  for (;;) {
    const next = queue.shift() ?? (deferred.length > 0 ? { file: deferred.shift()!, lazy: true } : undefined);
    if (!next) break;
    if (all.has(next.file)) continue;
    all.add(next.file);
    if (!next.lazy) eager.add(next.file);

    const source = await readFile(next.file);
    const gzipped = gzipSync(source).length;
    bytes += source.length;
    gzipBytes += gzipped;
    if (next.lazy) lazyGzipBytes += gzipped;

    const text = source.toString('utf8');
    for (const file of relativeImports(distDir, next.file, text, STATIC_IMPORT_PATTERN)) queue.push({ file, lazy: next.lazy });
    deferred.push(...relativeImports(distDir, next.file, text, DYNAMIC_IMPORT_PATTERN));
  }
  return { files: [...all].map((file) => relative(distDir, file)).sort(), bytes, gzipBytes, lazyGzipBytes };
}

/** Measures the scripts that an HTML page of the build loads. */
export async function measurePage(distDir: string, htmlPath: string): Promise<BundleSize> {
  const page = join(distDir, htmlPath);
  const html = await readFile(page, 'utf8');
  const entries = [...html.matchAll(HTML_SCRIPT_PATTERN)].map((match) => resolveAsset(distDir, page, match[1]!));
  return measureScripts(distDir, entries);
}
