// The user's settings: one record under one storage.local key, with defaults and migrations in
// one place. The API secret lives only in storage.local, never in storage.sync, because sync
// copies it to every browser profile signed in to the same account.

import browser from 'webextension-polyfill';
import { DEV_CREDENTIALS } from './build-config';

export const SETTINGS_KEY = 'settings';
const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS = {
  apiKey: '',
  apiSecret: '',
  /** Minutes between background syncs; Chrome's alarms allow 0.5 at the least. */
  pollIntervalMinutes: 1,
  notificationsEnabled: true,
  /** Invoice detail reads allowed per sync; the sync engine adapts around it. */
  detailBudget: 8,
  /** Writes debug lines to the worker console (never the secret). */
  debugLogging: false,
};

export type Settings = typeof DEFAULT_SETTINGS;

interface StoredSettings extends Partial<Settings> {
  version?: number;
}

/** Sync intervals the settings page offers, in minutes; Chrome's alarms fire every 0.5 min at the most. */
export const POLL_INTERVAL_CHOICES: readonly number[] = [1, 2, 5, 10, 15, 30, 60];
/** Allowed detail reads per sync, whole numbers from `min` to `max`. */
export const DETAIL_BUDGET_RANGE = { min: 1, max: 50 } as const;

/** A value that is not one of the offered choices reads as the default, so the form never shows an odd one. */
function readInterval(value: unknown): number {
  return typeof value === 'number' && POLL_INTERVAL_CHOICES.includes(value) ? value : DEFAULT_SETTINGS.pollIntervalMinutes;
}

function readBudget(value: unknown): number {
  const budget = Number.isInteger(value) ? (value as number) : 0;
  return budget >= DETAIL_BUDGET_RANGE.min && budget <= DETAIL_BUDGET_RANGE.max ? budget : DEFAULT_SETTINGS.detailBudget;
}

function readString(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Turns whatever storage contains (an older version's record, a hand-edited value, nothing) into
 * valid settings. Invalid fields fall back to defaults rather than being clamped, because a clamped
 * value need not be one the settings page offers; credentials are never dropped if readable.
 */
export function normalizeSettings(raw: unknown): Settings {
  const stored: StoredSettings = typeof raw === 'object' && raw !== null ? (raw as StoredSettings) : {};
  return {
    apiKey: readString(stored.apiKey),
    apiSecret: readString(stored.apiSecret),
    pollIntervalMinutes: readInterval(stored.pollIntervalMinutes),
    notificationsEnabled: typeof stored.notificationsEnabled === 'boolean' ? stored.notificationsEnabled : DEFAULT_SETTINGS.notificationsEnabled,
    detailBudget: readBudget(stored.detailBudget),
    debugLogging: stored.debugLogging === true,
  };
}

/**
 * Turns a stored settings record into the settings in effect: `normalizeSettings`, then a
 * development build's baked-in credentials until the user saves their own.
 */
export function effectiveSettings(raw: unknown): Settings {
  const settings = normalizeSettings(raw);
  if (settings.apiKey === '' && settings.apiSecret === '' && DEV_CREDENTIALS.apiKey !== '') {
    return { ...settings, apiKey: DEV_CREDENTIALS.apiKey, apiSecret: DEV_CREDENTIALS.apiSecret };
  }
  return settings;
}

/** Reads the settings in effect; see `effectiveSettings`. */
export async function loadSettings(): Promise<Settings> {
  const { [SETTINGS_KEY]: raw } = await browser.storage.local.get(SETTINGS_KEY);
  return effectiveSettings(raw);
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings({ ...current, ...changes });
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...next, version: SETTINGS_VERSION } });
  return next;
}

export function hasCredentials(settings: Settings): boolean {
  return settings.apiKey !== '' && settings.apiSecret !== '';
}

/**
 * Identifies the account the stored sync state belongs to, so a new key starts a fresh baseline
 * instead of notifying about the whole history of another account. Not a secret: the key only.
 */
export function accountIdOf(settings: Settings, baseUrl: string): string {
  return `${baseUrl}|${settings.apiKey}`;
}

/** Shows the last four characters of a saved secret and nothing else. */
export function maskSecret(secret: string): string {
  if (secret === '') {
    return '';
  }
  const visible = secret.length > 8 ? secret.slice(-4) : '';
  return `${'•'.repeat(8)}${visible}`;
}
