import { formatMoney } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { Amounts } from '../../shared/invoice/totals';

/** Subtotal, tax and total in the invoice's currency, updated as the user types. */
export function InvoiceTotals({ amounts, currencyCode }: { amounts: Amounts; currencyCode: string | null }) {
  return (
    <dl class="inv-totals">
      <dt>{t('invoice_subtotal')}</dt>
      <dd data-testid="invoice-subtotal">{formatMoney(amounts.subTotal, currencyCode)}</dd>
      <dt>{t('invoice_tax_total')}</dt>
      <dd data-testid="invoice-tax">{formatMoney(amounts.tax, currencyCode)}</dd>
      <dt class="inv-total">{t('invoice_total')}</dt>
      <dd class="inv-total" data-testid="invoice-total">
        {formatMoney(amounts.total, currencyCode)}
      </dd>
    </dl>
  );
}
