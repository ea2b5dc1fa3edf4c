import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { createManifest, type TargetBrowser } from './manifest.config.ts';
import { realmBundles } from './scripts/lib/realm-bundles.ts';

// `vite build --mode chrome|firefox` picks the target; scripts/build.ts runs both. The Envoice
// origin and optional development credentials come from the environment of the build.
/**
 * Writes `.dev-build.json` into a build that carries development credentials, so the package script
 * can reject it. The file names the origin only, never the credentials.
 */
function devBuildMarker(enabled: boolean, baseUrl: string): Plugin {
  return {
    name: 'envoice-dev-build-marker',
    apply: 'build',
    generateBundle() {
      if (!enabled) return;
      const source = `${JSON.stringify({ developmentCredentials: true, baseUrl }, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: '.dev-build.json', source });
    },
  };
}

/**
 * Serves webextension-polyfill's UMD file as an ES module. Bundled as CommonJS, it would bring the
 * bundler's interop helpers, which copy the whole `browser` object onto a namespace object; as an
 * ES module its default export is the `browser` object itself, with no helper code.
 */
function polyfillAsEsModule(): Plugin {
  return {
    name: 'envoice-polyfill-as-es-module',
    apply: 'build',
    transform: {
      filter: { id: /webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ },
      handler(code) {
        // The UMD wrapper calls its factory with `module` whenever `exports` is defined.
        return `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`;
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  const baseUrl = new URL(process.env.ENVOICE_BASE_URL ?? 'https://www.envoice.in').origin;
  const devApiKey = process.env.ENVOICE_API_KEY ?? '';
  const devApiSecret = process.env.ENVOICE_API_SECRET ?? '';

  return {
    plugins: [
      preact(),
      polyfillAsEsModule(),
      crx({ manifest: createManifest(target, baseUrl), browser: target }),
      devBuildMarker(devApiKey !== '' || devApiSecret !== '', baseUrl),
      realmBundles(),
    ],
    define: {
      __ENVOICE_BASE_URL__: JSON.stringify(baseUrl),
      __DEV_API_KEY__: JSON.stringify(devApiKey),
      __DEV_API_SECRET__: JSON.stringify(devApiSecret),
      __TARGET_BROWSER__: JSON.stringify(target),
    },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // realmBundles() minifies each realm once it is bundled. Minifying here as well would strip the
      // `/* @__PURE__ */` marks it needs to drop what only another realm uses.
      minify: false,
      cssMinify: true,
      sourcemap: false,
      // realmBundles() re-bundles each page and the worker on its own, and Vite's module preload
      // lists would name the shared chunks it removes. A page's eager code is one file afterwards,
      // so there is nothing left to preload.
      modulePreload: false,
    },
  };
});
