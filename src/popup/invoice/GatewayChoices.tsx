import type { PaymentGateway } from '../../shared/api/types';
import { t } from '../../shared/i18n';

interface GatewayChoicesProps {
  available: readonly PaymentGateway[];
  checked: readonly string[];
  onChange: (names: string[]) => void;
}

/** Renders the "Payment gateways" checkboxes for the gateways that accept the invoice's currency. */
export function GatewayChoices({ available, checked, onChange }: GatewayChoicesProps) {
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...checked, name] : checked.filter((candidate) => candidate !== name);
    // Kept in list order, so the stored "last used" set compares equal however it was ticked.
    onChange(available.map((gateway) => gateway.name).filter((candidate) => next.includes(candidate)));
  };
  return (
    <fieldset class="inv-group">
      <legend>{t('invoice_gateways')}</legend>
      {available.length === 0 && <p class="muted">{t('invoice_gateways_none')}</p>}
      <div class="inv-checks">
        {available.map((gateway) => (
          <label key={gateway.name} class="inv-check">
            <input type="checkbox" checked={checked.includes(gateway.name)} onChange={(event) => toggle(gateway.name, event.currentTarget.checked)} />
            {gateway.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
