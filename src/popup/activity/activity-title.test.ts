import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../shared/api/enums';
import { useEnglishMessages } from '../../shared/ui/testing/locale';
import { makeActivity } from '../testing';
import { activityTitle } from './activity-title';

beforeEach(() => {
  useEnglishMessages();
});

function titleOf(type: string, invoiceNumber: string | null = 'INV-0032'): string {
  return activityTitle(makeActivity({ type: type as never, invoiceNumber, invoiceId: 32 }));
}

describe('activityTitle', () => {
  const cases: Array<[string, string]> = [
    ['Updated', 'Invoice INV-0032 updated'],
    ['Created', 'Invoice INV-0032 created'],
    ['ChangeStatus', 'Invoice INV-0032 changed status'],
    ['NewPaymentWithStripe', 'Payment received for invoice INV-0032'],
    ['EstimationViewed', 'Invoice INV-0032: new activity'],
    ['Unknown(77)', 'Invoice INV-0032: new activity'],
  ];
  for (const [type, title] of cases) {
    it(`names ${type}`, () => {
      expect(titleOf(type)).toBe(title);
    });
  }

  it('gives every known type a finished sentence', () => {
    for (const type of ACTIVITY_TYPES) {
      // A title with a raw type name or a placeholder left in it reads like a log line.
      expect(titleOf(type)).toMatch(/INV-0032/);
      expect(titleOf(type)).not.toMatch(/\$|[A-Z][a-z]+[A-Z]|: [A-Z]/);
    }
  });

  it('falls back to the invoice id', () => {
    expect(titleOf('Updated', '  ')).toBe('Invoice #32 updated');
  });
});
