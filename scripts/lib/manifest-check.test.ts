import { describe, expect, test } from 'vitest';
import { createManifest } from '../../manifest.config';
import packageJson from '../../package.json' with { type: 'json' };
import { checkManifest } from './manifest-check';

const VERSION = packageJson.version.replace(/[^\d.].*$/, '');

function manifestFor(target: 'chrome' | 'firefox'): Record<string, unknown> {
  return createManifest(target, 'https://www.envoice.in') as unknown as Record<string, unknown>;
}

describe('checkManifest', () => {
  test('accepts the Chrome manifest', () => {
    expect(checkManifest('chrome', manifestFor('chrome'), VERSION)).toEqual([]);
  });

  test('accepts the Firefox manifest', () => {
    expect(checkManifest('firefox', manifestFor('firefox'), VERSION)).toEqual([]);
  });

  test('Firefox manifest has gecko settings', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('companion@envoice.in');
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('rejects Chrome keys in Firefox', () => {
    const manifest = { ...manifestFor('firefox'), minimum_chrome_version: '116', background: { service_worker: 'sw.js' } };
    const problems = checkManifest('firefox', manifest, VERSION);
    expect(problems).toContain('minimum_chrome_version is set in the Firefox manifest');
    expect(problems).toContain('background.service_worker is set in the Firefox manifest');
    expect(problems).toContain('background.scripts is missing');
  });

  test('rejects Firefox keys in Chrome', () => {
    const manifest = { ...manifestFor('chrome'), browser_specific_settings: { gecko: { id: 'x@y' } } };
    expect(checkManifest('chrome', manifest, VERSION)).toEqual(['browser_specific_settings is set in the Chrome manifest']);
  });

  test('rejects use_dynamic_url', () => {
    const manifest = { ...manifestFor('chrome'), web_accessible_resources: [{ resources: ['a.js'], matches: ['<all_urls>'], use_dynamic_url: true }] };
    expect(checkManifest('chrome', manifest, VERSION)).toEqual(['web_accessible_resources uses use_dynamic_url, which only Chrome reads']);
  });

  test('rejects a stale version', () => {
    expect(checkManifest('chrome', manifestFor('chrome'), '9.9.9')).toEqual([`version is ${VERSION}, expected 9.9.9 from package.json`]);
  });

  test('host permission follows the origin', () => {
    const manifest = createManifest('chrome', 'http://127.0.0.1:8787') as unknown as { host_permissions: string[] };
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
