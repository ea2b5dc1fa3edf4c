// The engine shares modules with extension pages that import webextension-polyfill, which
// refuses to load outside an extension. The benchmark uses none of the browser APIs, so an empty
// stand-in with an extension id is enough; import this module before any other.

const stub = { runtime: { id: 'benchmark' } };
const target = globalThis as { chrome?: unknown; browser?: unknown };
target.chrome ??= stub;
target.browser ??= stub;
