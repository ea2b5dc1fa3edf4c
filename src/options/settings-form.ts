// The settings form as typed (strings and booleans) and its conversion to settings. Validation
// never touches what was typed, so a failed save loses nothing.

import { t } from '../shared/i18n';
import { DETAIL_BUDGET_RANGE, POLL_INTERVAL_CHOICES, type Settings } from '../shared/settings';

export { DETAIL_BUDGET_RANGE, POLL_INTERVAL_CHOICES };

export interface FormValues {
  apiKey: string;
  /** Empty means "keep the saved secret"; the saved one is never put back into the field. */
  apiSecret: string;
  pollIntervalMinutes: string;
  notificationsEnabled: boolean;
  detailBudget: string;
  debugLogging: boolean;
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>;

export type FormResult = { ok: true; changes: Partial<Settings> } | { ok: false; errors: FieldErrors };

export function formFromSettings(settings: Settings): FormValues {
  return {
    apiKey: settings.apiKey,
    apiSecret: '',
    pollIntervalMinutes: String(settings.pollIntervalMinutes),
    notificationsEnabled: settings.notificationsEnabled,
    detailBudget: String(settings.detailBudget),
    debugLogging: settings.debugLogging,
  };
}

/** Checks the typed values against the saved settings and returns the changes to save or an error per field. */
export function validateForm(values: FormValues, saved: Settings): FormResult {
  const errors: FieldErrors = {};
  const apiKey = values.apiKey.trim();
  const apiSecret = values.apiSecret.trim();

  if (apiKey === '') {
    errors.apiKey = t('options_error_key_missing');
  }
  if (apiSecret === '' && saved.apiSecret === '') {
    errors.apiSecret = t('options_error_secret_missing');
  }

  const interval = Number(values.pollIntervalMinutes);
  if (!POLL_INTERVAL_CHOICES.includes(interval)) {
    errors.pollIntervalMinutes = t('options_error_interval');
  }

  const budgetText = values.detailBudget.trim();
  const budget = Number(budgetText);
  if (!/^\d+$/.test(budgetText) || budget < DETAIL_BUDGET_RANGE.min || budget > DETAIL_BUDGET_RANGE.max) {
    errors.detailBudget = t('options_error_budget', [DETAIL_BUDGET_RANGE.min, DETAIL_BUDGET_RANGE.max]);
  }

  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    changes: {
      apiKey,
      ...(apiSecret === '' ? {} : { apiSecret }),
      pollIntervalMinutes: interval,
      notificationsEnabled: values.notificationsEnabled,
      detailBudget: budget,
      debugLogging: values.debugLogging,
    },
  };
}
