import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from './package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/**
 * Match pattern for the Envoice origin. Firefox rejects a port in a match pattern and Chrome treats
 * a missing port as any port, so the pattern leaves the port out (the sandbox runs on one).
 */
export function hostPermissionFor(envoiceOrigin: string): string {
  const url = new URL(envoiceOrigin);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * One manifest source for both browsers. Chrome gets a module service worker; Firefox gets
 * `background.scripts` (an event page) and its `browser_specific_settings`. Neither gets the other's keys.
 */
export function createManifest(target: TargetBrowser, envoiceOrigin: string) {
  const common = {
    manifest_version: 3 as const,
    name: '__MSG_extensionName__',
    short_name: '__MSG_extensionShortName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // Chrome rejects semver pre-release tags, so only the numeric part of package.json's version is used.
    version: packageJson.version.replace(/[^\d.].*$/, ''),
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_popup: 'src/popup/index.html',
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    permissions: ['storage', 'alarms', 'notifications', 'idle'],
    host_permissions: [hostPermissionFor(envoiceOrigin)],
  };

  if (target === 'firefox') {
    return defineManifest({
      ...common,
      background: { scripts: ['src/background/index.ts'], type: 'module' },
      browser_specific_settings: {
        gecko: {
          id: 'companion@envoice.in',
          // 140 is the first release that reads data_collection_permissions, and the current ESR.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    } as Parameters<typeof defineManifest>[0]);
  }

  return defineManifest({
    ...common,
    minimum_chrome_version: '116',
    background: { service_worker: 'src/background/index.ts', type: 'module' },
  });
}
