import { t } from '../shared/i18n';
import { describedBy, Field } from './Field';
import { DETAIL_BUDGET_RANGE, POLL_INTERVAL_CHOICES } from './settings-form';
import type { SettingsForm } from './useSettingsForm';

/** Renders how often and how much the worker syncs, notifications and debug logging. */
export function SyncSection({ form }: { form: SettingsForm }) {
  const { values, errors } = form;

  return (
    <fieldset class="section">
      <legend>{t('options_section_sync')}</legend>

      <Field id="poll-interval" label={t('options_interval')} help={t('options_interval_help')} error={errors.pollIntervalMinutes}>
        <select
          id="poll-interval"
          value={values.pollIntervalMinutes}
          aria-describedby={describedBy('poll-interval', true, errors.pollIntervalMinutes)}
          onChange={(event) => form.update('pollIntervalMinutes', event.currentTarget.value)}
        >
          {POLL_INTERVAL_CHOICES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t('options_interval_choice', String(minutes))}
            </option>
          ))}
        </select>
      </Field>

      <Field
        id="detail-budget"
        label={t('options_budget')}
        help={t('options_budget_help', [DETAIL_BUDGET_RANGE.min, DETAIL_BUDGET_RANGE.max])}
        error={errors.detailBudget}
      >
        <input
          id="detail-budget"
          type="number"
          inputMode="numeric"
          min={DETAIL_BUDGET_RANGE.min}
          max={DETAIL_BUDGET_RANGE.max}
          step={1}
          value={values.detailBudget}
          aria-invalid={errors.detailBudget !== undefined}
          aria-describedby={describedBy('detail-budget', true, errors.detailBudget)}
          onInput={(event) => form.update('detailBudget', event.currentTarget.value)}
        />
      </Field>

      <Checkbox
        id="notifications"
        label={t('options_notifications')}
        help={t('options_notifications_help')}
        checked={values.notificationsEnabled}
        onChange={(checked) => form.update('notificationsEnabled', checked)}
      />
      <Checkbox
        id="debug-logging"
        label={t('options_debug')}
        help={t('options_debug_help')}
        checked={values.debugLogging}
        onChange={(checked) => form.update('debugLogging', checked)}
      />
    </fieldset>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Checkbox({ id, label, help, checked, onChange }: CheckboxProps) {
  return (
    <div class="field checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-help`} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>{label}</label>
      <p class="help muted" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}
