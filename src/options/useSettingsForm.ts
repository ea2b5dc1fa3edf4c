import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { createLogger } from '../shared/log';
import { loadSettings, saveSettings, type Settings } from '../shared/settings';
import { formFromSettings, validateForm, type FieldErrors, type FormValues } from './settings-form';
import { syncAfterSave, type SyncOutcome } from './sync-after-save';

const log = createLogger('options');

/** After a save, `sync` is null while the sync that saving starts still runs. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; sync: SyncOutcome | null }
  | { kind: 'failed'; text: string };

export interface SettingsForm {
  /** Null until the saved settings have been read. */
  saved: Settings | null;
  values: FormValues;
  errors: FieldErrors;
  saveState: SaveState;
  update: <K extends keyof FormValues>(field: K, value: FormValues[K]) => void;
  /** Validates and saves; returns the first field with an error, if any. */
  save: () => Promise<keyof FormValues | null>;
}

const EMPTY_VALUES: FormValues = {
  apiKey: '',
  apiSecret: '',
  pollIntervalMinutes: '',
  notificationsEnabled: true,
  detailBudget: '',
  debugLogging: false,
};

/** Manages the settings form: loads once, validates on save, and keeps what was typed when saving fails. */
export function useSettingsForm(): SettingsForm {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [values, setValues] = useState<FormValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // Counts saves and edits, so a sync result that arrives after the user moved on is dropped.
  const generation = useRef(0);

  useEffect(() => {
    loadSettings()
      .then((settings) => {
        setSaved(settings);
        setValues(formFromSettings(settings));
      })
      .catch((error: unknown) => {
        log.error('Could not read the settings', error);
        setSaveState({ kind: 'failed', text: t('options_load_failed') });
      });
  }, []);

  const update = <K extends keyof FormValues>(field: K, value: FormValues[K]) => {
    generation.current += 1;
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
    setSaveState({ kind: 'idle' });
  };

  const save = async (): Promise<keyof FormValues | null> => {
    if (saved === null) {
      return null;
    }
    const result = validateForm(values, saved);
    if (!result.ok) {
      setErrors(result.errors);
      setSaveState({ kind: 'idle' });
      return (Object.keys(result.errors)[0] as keyof FormValues | undefined) ?? null;
    }

    setErrors({});
    setSaveState({ kind: 'saving' });
    try {
      const next = await saveSettings(result.changes);
      setSaved(next);
      setValues((previous) => ({ ...previous, apiKey: next.apiKey, apiSecret: '' }));
      setSaveState({ kind: 'saved', sync: null });
      const current = (generation.current += 1);
      void syncAfterSave().then((sync) => {
        if (generation.current === current) {
          setSaveState({ kind: 'saved', sync });
        }
      });
    } catch (error) {
      log.error('Could not save the settings', error);
      setSaveState({ kind: 'failed', text: t('options_save_failed', error instanceof Error ? error.message : String(error)) });
    }
    return null;
  };

  return { saved, values, errors, saveState, update, save };
}
