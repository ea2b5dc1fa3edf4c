import type { TargetBrowser } from '../../manifest.config';

// Keys that Firefox rejects or ignores with a warning; they stay out of its manifest.
const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'key', 'update_url', 'offline_enabled'];
const FIREFOX_ONLY_KEYS = ['browser_specific_settings'];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists what is wrong with a built manifest for its browser; an empty list means it is fine. */
export function checkManifest(target: TargetBrowser, manifest: Json, expectedVersion: string): string[] {
  const problems: string[] = [];
  const background = isObject(manifest.background) ? manifest.background : {};

  if (manifest.manifest_version !== 3) problems.push('manifest_version is not 3');
  if (manifest.version !== expectedVersion) {
    problems.push(`version is ${String(manifest.version)}, expected ${expectedVersion} from package.json`);
  }
  if (JSON.stringify(manifest).includes('use_dynamic_url')) {
    problems.push('web_accessible_resources uses use_dynamic_url, which only Chrome reads');
  }

  if (target === 'chrome') {
    if (typeof background.service_worker !== 'string') problems.push('background.service_worker is missing');
    if ('scripts' in background) problems.push('background.scripts is set; Chrome MV3 wants service_worker only');
    for (const key of FIREFOX_ONLY_KEYS) if (key in manifest) problems.push(`${key} is set in the Chrome manifest`);
    return problems;
  }

  if (!Array.isArray(background.scripts)) problems.push('background.scripts is missing');
  if ('service_worker' in background) problems.push('background.service_worker is set in the Firefox manifest');
  for (const key of CHROME_ONLY_KEYS) if (key in manifest) problems.push(`${key} is set in the Firefox manifest`);

  const settings = isObject(manifest.browser_specific_settings) ? manifest.browser_specific_settings : {};
  const gecko = isObject(settings.gecko) ? settings.gecko : {};
  if (typeof gecko.id !== 'string' || gecko.id === '') problems.push('browser_specific_settings.gecko.id is missing');
  if (typeof gecko.strict_min_version !== 'string') problems.push('browser_specific_settings.gecko.strict_min_version is missing');
  const dataCollection = isObject(gecko.data_collection_permissions) ? gecko.data_collection_permissions : {};
  if (JSON.stringify(dataCollection.required) !== '["none"]') {
    problems.push('browser_specific_settings.gecko.data_collection_permissions.required is not ["none"]');
  }
  return problems;
}
