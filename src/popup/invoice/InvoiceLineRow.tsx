// One invoice line: work type, description, quantity, price and an optional tax, with its amount.

import type { Tax, WorkType } from '../../shared/api/types';
import { t } from '../../shared/i18n';
import type { DraftLine } from '../../shared/invoice/draft';
import type { FieldErrors } from '../../shared/invoice/validate';
import { lineFieldId } from '../../shared/invoice/validate';
import { FieldMessage, controlId, errorAttributes } from './FieldMessage';
import { formatAmount } from './InvoiceTotals';

interface InvoiceLineRowProps {
  line: DraftLine;
  position: number;
  workTypes: readonly WorkType[];
  taxes: readonly Tax[];
  errors: FieldErrors;
  /** Null when the line's numbers cannot be read. */
  amount: number | null;
  currencyCode: string | null;
  onChange: (changes: Partial<Omit<DraftLine, 'key'>>) => void;
  onRemove: () => void;
}

function readId(value: string): number | null {
  return value === '' ? null : Number(value);
}

export function InvoiceLineRow({ line, position, workTypes, taxes, errors, amount, currencyCode, onChange, onRemove }: InvoiceLineRowProps) {
  const ids = {
    workType: lineFieldId(line, 'workType'),
    description: lineFieldId(line, 'description'),
    quantity: lineFieldId(line, 'quantity'),
    price: lineFieldId(line, 'price'),
    tax: lineFieldId(line, 'tax'),
  };
  return (
    <fieldset class="inv-line">
      <legend class="visually-hidden">{t('invoice_line_legend', position)}</legend>
      <div class="inv-row">
        <div class="inv-field inv-work-type">
          <label for={controlId(ids.workType)}>{t('invoice_work_type')}</label>
          <select
            id={controlId(ids.workType)}
            value={line.workTypeId === null ? '' : String(line.workTypeId)}
            onChange={(event) => onChange({ workTypeId: readId(event.currentTarget.value) })}
            {...errorAttributes(ids.workType, errors[ids.workType])}
          >
            {line.workTypeId === null && <option value="">{t('invoice_choose')}</option>}
            {workTypes.map((workType) => (
              <option key={workType.id} value={String(workType.id)}>
                {workType.title}
              </option>
            ))}
          </select>
        </div>
        <div class="inv-field inv-grow">
          <label for={controlId(ids.description)}>{t('invoice_description')}</label>
          <input
            id={controlId(ids.description)}
            type="text"
            value={line.description}
            onInput={(event) => onChange({ description: event.currentTarget.value })}
          />
        </div>
      </div>
      {/* Messages go below the row, full width, because the fields above are too narrow for them. */}
      <FieldMessage fieldId={ids.workType} error={errors[ids.workType]} />
      <div class="inv-row">
        <div class="inv-field inv-narrow">
          <label for={controlId(ids.quantity)}>{t('invoice_quantity')}</label>
          <input
            id={controlId(ids.quantity)}
            type="text"
            inputMode="decimal"
            value={line.quantity}
            onInput={(event) => onChange({ quantity: event.currentTarget.value })}
            {...errorAttributes(ids.quantity, errors[ids.quantity])}
          />
        </div>
        <div class="inv-field inv-narrow">
          <label for={controlId(ids.price)}>{t('invoice_price')}</label>
          <input
            id={controlId(ids.price)}
            type="text"
            inputMode="decimal"
            value={line.price}
            onInput={(event) => onChange({ price: event.currentTarget.value })}
            {...errorAttributes(ids.price, errors[ids.price])}
          />
        </div>
        <div class="inv-field inv-tax">
          <label for={controlId(ids.tax)}>{t('invoice_tax')}</label>
          <select
            id={controlId(ids.tax)}
            value={line.taxId === null ? '' : String(line.taxId)}
            onChange={(event) => onChange({ taxId: readId(event.currentTarget.value) })}
            {...errorAttributes(ids.tax, errors[ids.tax])}
          >
            <option value="">{t('invoice_no_tax')}</option>
            {taxes.map((tax) => (
              <option key={tax.id} value={String(tax.id)}>
                {tax.name}
              </option>
            ))}
          </select>
        </div>
        <output class="inv-line-amount" aria-label={t('invoice_line_amount', position)}>
          {formatAmount(amount, currencyCode)}
        </output>
        <button type="button" class="inv-remove" aria-label={t('invoice_remove_line', position)} title={t('invoice_remove_line', position)} onClick={onRemove}>
          ×
        </button>
      </div>
      <FieldMessage fieldId={ids.quantity} error={errors[ids.quantity]} />
      <FieldMessage fieldId={ids.price} error={errors[ids.price]} />
      <FieldMessage fieldId={ids.tax} error={errors[ids.tax]} />
    </fieldset>
  );
}
