import { formatMoney } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { Amounts } from '../../shared/invoice/totals';

/** Shown in place of an amount that cannot be computed from what was typed. */
export const NO_AMOUNT = '—';

export function formatAmount(amount: number | null, currencyCode: string | null): string {
  return amount === null ? NO_AMOUNT : formatMoney(amount, currencyCode);
}

/** Subtotal, tax and total in the invoice's currency, updated as the user types; null while a line is unreadable. */
export function InvoiceTotals({ amounts, currencyCode, filledIn }: { amounts: Amounts | null; currencyCode: string | null; filledIn: boolean }) {
  return (
    <>
      <dl class="inv-totals">
        <dt>{t('invoice_subtotal')}</dt>
        <dd data-testid="invoice-subtotal">{formatAmount(amounts?.subTotal ?? null, currencyCode)}</dd>
        <dt>{t('invoice_tax_total')}</dt>
        <dd data-testid="invoice-tax">{formatAmount(amounts?.tax ?? null, currencyCode)}</dd>
        <dt class="inv-total">{t('invoice_total')}</dt>
        <dd class="inv-total" data-testid="invoice-total">
          {formatAmount(amounts?.total ?? null, currencyCode)}
        </dd>
      </dl>
      {/* A zero total is allowed (a free line), but is more often a forgotten price. */}
      {filledIn && amounts?.total === 0 && <p class="muted">{t('invoice_total_zero')}</p>}
    </>
  );
}
