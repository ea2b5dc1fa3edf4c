import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DETAIL_BUDGET_RANGE, normalizeSettings, POLL_INTERVAL_CHOICES, type Settings } from './settings';

function expectValid(settings: Settings): void {
  expect(POLL_INTERVAL_CHOICES).toContain(settings.pollIntervalMinutes);
  expect(Number.isInteger(settings.detailBudget)).toBe(true);
  expect(settings.detailBudget).toBeGreaterThanOrEqual(DETAIL_BUDGET_RANGE.min);
  expect(settings.detailBudget).toBeLessThanOrEqual(DETAIL_BUDGET_RANGE.max);
  expect(typeof settings.notificationsEnabled).toBe('boolean');
  expect(typeof settings.debugLogging).toBe('boolean');
}

describe('normalizeSettings', () => {
  const badValues: Array<[string, unknown]> = [
    ['a negative number', -3],
    ['zero', 0],
    ['half a minute', 0.5],
    ['a number not offered', 3.5],
    ['too many', 61],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '5'],
    ['text', 'often'],
    ['null', null],
    ['an object', { minutes: 5 }],
    ['an array', [5]],
    ['true', true],
  ];
  for (const [name, value] of badValues) {
    it(`falls back to the defaults for ${name}`, () => {
      const settings = normalizeSettings({ apiKey: ' key ', apiSecret: 'secret', pollIntervalMinutes: value, detailBudget: value });

      expectValid(settings);
      expect(settings.pollIntervalMinutes).toBe(DEFAULT_SETTINGS.pollIntervalMinutes);
      expect(settings.detailBudget).toBe(DEFAULT_SETTINGS.detailBudget);
      expect(settings.apiKey).toBe('key');
      expect(settings.apiSecret).toBe('secret');
    });
  }

  it('rejects a budget out of range or in pieces', () => {
    for (const budget of [51, 8.5, -1]) {
      expect(normalizeSettings({ detailBudget: budget }).detailBudget).toBe(DEFAULT_SETTINGS.detailBudget);
    }
  });

  it('keeps valid values', () => {
    const valid: Settings = { apiKey: 'k', apiSecret: 's', pollIntervalMinutes: 15, notificationsEnabled: false, detailBudget: 50, debugLogging: true };
    expect(normalizeSettings(valid)).toEqual(valid);
    expect(normalizeSettings({ ...valid, detailBudget: 1, pollIntervalMinutes: 60 })).toMatchObject({ detailBudget: 1, pollIntervalMinutes: 60 });
  });

  const badRecords: Array<[string, unknown]> = [
    ['nothing', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', []],
  ];
  for (const [name, raw] of badRecords) {
    it(`reads ${name} as the defaults`, () => {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    });
  }

  it('drops credentials that are not text', () => {
    const settings = normalizeSettings({ apiKey: 12345, apiSecret: { value: 'x' }, notificationsEnabled: 'yes', debugLogging: 'true' });
    expectValid(settings);
    expect(settings).toMatchObject({ apiKey: '', apiSecret: '', notificationsEnabled: true, debugLogging: false });
  });
});
