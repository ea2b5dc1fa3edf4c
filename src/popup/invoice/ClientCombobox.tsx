// The "Client" field: a text box that filters the client list by name or email, following the
// ARIA combobox pattern (list autocomplete, the active option through aria-activedescendant).

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../shared/api/types';
import { t } from '../../shared/i18n';
import type { FieldError } from '../../shared/invoice/validate';
import { filterClients, foldForSearch } from './client-search';
import { FieldMessage, controlId, errorAttributes } from './FieldMessage';

interface ClientComboboxProps {
  clients: readonly Client[];
  selected: Client | undefined;
  error: FieldError | undefined;
  onSelect: (client: Client | null) => void;
  autoFocus: boolean;
}

const INPUT_ID = controlId('client');
const LIST_ID = `${INPUT_ID}-list`;

export function ClientCombobox({ clients, selected, error, onSelect, autoFocus }: ClientComboboxProps) {
  const [query, setQuery] = useState(selected?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = filterClients(clients, query);
  const input = useRef<HTMLInputElement>(null);

  // The autofocus attribute works only while a page loads, not for a view rendered later.
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  // Set while typing clears the selection, so the effect below keeps the typed text.
  const clearedByTyping = useRef(false);
  // A restored draft or a refreshed list can change the selection from outside.
  useEffect(() => {
    if (selected === undefined && clearedByTyping.current) return;
    clearedByTyping.current = false;
    setQuery(selected?.name ?? '');
  }, [selected?.id, selected?.name]);

  const pick = (client: Client) => {
    setQuery(client.name);
    setOpen(false);
    onSelect(client);
  };

  // Every input event (a typed key, a paste, an autofill) replaces the whole query.
  const onInput = (value: string) => {
    setQuery(value);
    setOpen(true);
    setActive(0);
    if (selected !== undefined && value !== selected.name) {
      clearedByTyping.current = true;
      onSelect(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (options.length === 0 ? 0 : (index + step + options.length) % options.length));
    } else if (event.key === 'Enter' && open) {
      // Enter picks the option instead of submitting the form.
      event.preventDefault();
      const option = options[active];
      if (option !== undefined) pick(option);
    } else if (event.key === 'Tab') {
      // Focus moves on as usual; the list must not stay open behind it.
      setOpen(false);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only; a second Escape leaves the view.
      event.stopPropagation();
      setOpen(false);
    }
  };

  const onBlur = () => {
    setOpen(false);
    if (selected === undefined) {
      const exact = clients.find((client) => foldForSearch(client.name) === foldForSearch(query.trim()));
      if (exact !== undefined) pick(exact);
    }
  };

  const activeOption = open ? options[active] : undefined;
  return (
    <div class="inv-field inv-combobox">
      <label for={INPUT_ID}>{t('invoice_client')}</label>
      <input
        id={INPUT_ID}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={LIST_ID}
        aria-activedescendant={activeOption === undefined ? undefined : `${LIST_ID}-${activeOption.id}`}
        placeholder={t('invoice_client_placeholder')}
        value={query}
        ref={input}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(selected === undefined)}
        onBlur={onBlur}
        {...errorAttributes('client', error)}
      />
      <ul id={LIST_ID} role="listbox" aria-label={t('invoice_client')} class="inv-options" hidden={!open}>
        {options.map((client, index) => (
          <li
            key={client.id}
            id={`${LIST_ID}-${client.id}`}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'inv-option active' : 'inv-option'}
            // mousedown, not click: the input must not lose focus (and close the list) first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(client);
            }}
          >
            <span class="inv-option-name">{client.name}</span>
            {client.email !== null && <span class="inv-option-email">{client.email}</span>}
          </li>
        ))}
        {options.length === 0 && (
          <li class="inv-option-empty" role="presentation">
            {t('invoice_client_no_match')}
          </li>
        )}
      </ul>
      <FieldMessage fieldId="client" error={error} />
    </div>
  );
}
