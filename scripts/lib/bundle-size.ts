import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Static `import … from "./x.js"`, bare `import "./x.js"`, `export … from` and dynamic `import("./x.js")`.
const IMPORT_PATTERN = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g;
const HTML_SCRIPT_PATTERN = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.js)"/g;

export interface BundleSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function resolveAsset(distDir: string, fromFile: string, specifier: string): string {
  // A leading slash is the extension root in the page and worker alike.
  return specifier.startsWith('/') ? join(distDir, specifier) : resolve(dirname(fromFile), specifier);
}

/**
 * Adds up every JavaScript file reachable from the entries through static and dynamic relative
 * imports, each file counted once, gzipped one by one the way a server would send them.
 */
export async function measureScripts(distDir: string, entries: readonly string[]): Promise<BundleSize> {
  const seen = new Set<string>();
  const queue = [...entries];
  let bytes = 0;
  let gzipBytes = 0;

  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);

    const source = await readFile(file);
    bytes += source.length;
    gzipBytes += gzipSync(source).length;
    for (const match of source.toString('utf8').matchAll(IMPORT_PATTERN)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.') || specifier.startsWith('/')) queue.push(resolveAsset(distDir, file, specifier));
    }
  }
  return { files: [...seen].map((file) => relative(distDir, file)).sort(), bytes, gzipBytes };
}

/** Measures the scripts that an HTML page of the build loads. */
export async function measurePage(distDir: string, htmlPath: string): Promise<BundleSize> {
  const page = join(distDir, htmlPath);
  const html = await readFile(page, 'utf8');
  const entries = [...html.matchAll(HTML_SCRIPT_PATTERN)].map((match) => resolveAsset(distDir, page, match[1]!));
  return measureScripts(distDir, entries);
}
