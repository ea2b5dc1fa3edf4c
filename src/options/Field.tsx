import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  help?: ComponentChildren;
  error?: string | undefined;
  children: ComponentChildren;
}

/** Renders a labelled control with its help text and, after a failed save, its error. */
export function Field({ id, label, help, error, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {help !== undefined && (
        <p class="help muted" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error !== undefined && (
        <p class="field-error error-text" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Builds the `aria-describedby` value that ties a control to its help and error text. */
export function describedBy(id: string, hasHelp: boolean, error: string | undefined): string | undefined {
  const ids = [hasHelp ? `${id}-help` : '', error === undefined ? '' : `${id}-error`].filter((part) => part !== '');
  return ids.length === 0 ? undefined : ids.join(' ');
}
