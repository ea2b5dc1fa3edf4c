import type { TargetedEvent } from 'preact';
import { t } from '../shared/i18n';
import { CredentialsSection } from './CredentialsSection';
import { PermissionNotice } from './PermissionNotice';
import { SyncSection } from './SyncSection';
import { useSettingsForm, type SaveState } from './useSettingsForm';

const FIELD_IDS = {
  apiKey: 'api-key',
  apiSecret: 'api-secret',
  pollIntervalMinutes: 'poll-interval',
  detailBudget: 'detail-budget',
  notificationsEnabled: 'notifications',
  debugLogging: 'debug-logging',
} as const;

function statusText(state: SaveState): string {
  if (state.kind === 'failed') {
    return state.text;
  }
  if (state.kind !== 'saved') {
    return '';
  }
  return t('options_saved_with', state.sync === null ? t('options_syncing') : state.sync.text);
}

function statusClass(state: SaveState): string {
  const failed = state.kind === 'failed' || (state.kind === 'saved' && state.sync?.ok === false);
  return failed ? 'error-text' : 'success-text';
}

/** Renders the settings page as one form, so Enter in any field saves. */
export function OptionsApp() {
  const form = useSettingsForm();

  const submit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalidField = await form.save();
    if (invalidField !== null) {
      document.getElementById(FIELD_IDS[invalidField])?.focus();
    }
  };

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <PermissionNotice />
      {form.saved !== null && (
        <form onSubmit={submit} noValidate>
          <CredentialsSection form={form} />
          <SyncSection form={form} />
          <div class="save-row">
            <button type="submit" class="primary" disabled={form.saveState.kind === 'saving'}>
              {t('options_save')}
            </button>
            <span role="status" data-testid="save-status" class={statusClass(form.saveState)}>
              {statusText(form.saveState)}
            </span>
          </div>
        </form>
      )}
      {form.saved === null && form.saveState.kind === 'failed' && <p class="error-text">{form.saveState.text}</p>}
    </main>
  );
}
