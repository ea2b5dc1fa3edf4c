// docs/BENCHMARKS.md contains two generated parts: the extension's own benchmark (bench/extension.ts)
// between two HTML comment markers near the top, and the sync benchmark (bench/run.ts) around it.
// Each writer replaces only its own part, so either benchmark can run without the other.

export const SECTION_START = '<!-- extension-bench:start -->';
export const SECTION_END = '<!-- extension-bench:end -->';

/** Returns the marked section, markers included, or undefined when the document has none. */
export function extractSection(document: string): string | undefined {
  const start = document.indexOf(SECTION_START);
  const end = document.indexOf(SECTION_END, start);
  if (start < 0 || end < 0) return undefined;
  return document.slice(start, end + SECTION_END.length);
}

/**
 * Puts `body` between the markers: in place of the current marked section, or, when the document
 * has none, after its first line when that is a `# ` title, else at the very top.
 */
export function replaceSection(document: string, body: string): string {
  const section = `${SECTION_START}\n${body.trim()}\n${SECTION_END}`;
  const current = extractSection(document);
  if (current !== undefined) return document.replace(current, () => section);
  if (document.startsWith('# ')) {
    const titleEnd = document.indexOf('\n');
    if (titleEnd < 0) return `${document}\n\n${section}\n`;
    const rest = document.slice(titleEnd + 1).replace(/^\n+/, '');
    return `${document.slice(0, titleEnd)}\n\n${section}\n\n${rest}`;
  }
  return document === '' ? `${section}\n` : `${section}\n\n${document}`;
}

/** Copies the marked section of `previous` into `next`. Returns `next` unchanged when `previous` has none. */
export function keepSection(previous: string, next: string): string {
  const section = extractSection(previous);
  if (section === undefined) return next;
  return replaceSection(next, section.slice(SECTION_START.length, -SECTION_END.length));
}
