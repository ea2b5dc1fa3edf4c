import { ENVOICE_BASE_URL } from '../shared/build-config';
import { t } from '../shared/i18n';
import { maskSecret } from '../shared/settings';
import { ConnectionTest } from './ConnectionTest';
import { describedBy, Field } from './Field';
import type { SettingsForm } from './useSettingsForm';

/** Renders the API key and secret fields, where to find them, and the connection test. */
export function CredentialsSection({ form }: { form: SettingsForm }) {
  const savedSecret = form.saved?.apiSecret ?? '';
  const secretPlaceholder = savedSecret === '' ? '' : t('options_secret_saved', maskSecret(savedSecret));

  return (
    <fieldset class="section">
      <legend>{t('options_section_account')}</legend>
      <p class="help muted">
        {t('options_credentials_help')}{' '}
        {t('options_origin_help')} <code>{ENVOICE_BASE_URL}</code>
      </p>

      <Field id="api-key" label={t('options_api_key')} error={form.errors.apiKey}>
        <input
          id="api-key"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={form.values.apiKey}
          aria-invalid={form.errors.apiKey !== undefined}
          aria-describedby={describedBy('api-key', false, form.errors.apiKey)}
          onInput={(event) => form.update('apiKey', event.currentTarget.value)}
        />
      </Field>

      <Field id="api-secret" label={t('options_api_secret')} error={form.errors.apiSecret}>
        <input
          id="api-secret"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={form.values.apiSecret}
          placeholder={secretPlaceholder}
          aria-invalid={form.errors.apiSecret !== undefined}
          aria-describedby={describedBy('api-secret', false, form.errors.apiSecret)}
          onInput={(event) => form.update('apiSecret', event.currentTarget.value)}
        />
      </Field>

      {/* An empty secret field means the saved secret, so the test still works after saving. */}
      <ConnectionTest apiKey={form.values.apiKey} apiSecret={form.values.apiSecret.trim() === '' ? savedSecret : form.values.apiSecret} />
    </fieldset>
  );
}
