import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../shared/activity';
import type { ActivityType } from '../shared/api/enums';
import { describeActivity, describeSummary } from './notification-text';
import { installBrowserStubs } from './testing';

function activity(type: ActivityType, changes: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    key: `a:1`,
    activityId: 1,
    type,
    invoiceId: 42,
    invoiceNumber: 'INV-0042',
    clientName: 'Acme GmbH',
    amount: null,
    currencyCode: null,
    message: null,
    link: null,
    occurredAt: null,
    detectedAt: 1,
    ...changes,
  };
}

beforeEach(() => {
  installBrowserStubs();
});

describe('describeActivity', () => {
  it.each<[ActivityType, string]>([
    ['Viewed', 'INV-0042 viewed'],
    ['Opened', 'INV-0042 opened'],
    ['OpenedAttachment', 'INV-0042 attachment opened'],
    ['DownloadedAsPdf', 'INV-0042 downloaded'],
    ['Paid', 'INV-0042 paid'],
    ['NewPaymentWithStripe', 'INV-0042 paid'],
    ['MarkAsPaidByTheClient', 'INV-0042 marked as paid'],
    ['Overdue', 'INV-0042 overdue'],
    ['Rejected', 'INV-0042 rejected'],
    ['SentViaEmail', 'INV-0042 sent'],
    ['Created', 'INV-0042 created'],
    ['Void', 'INV-0042 voided'],
    ['OrderUpdated', 'INV-0042: new activity'],
    ['Unknown(77)', 'INV-0042: new activity'],
  ])('titles %s', (type, title) => {
    expect(describeActivity(activity(type)).title).toBe(title);
  });

  it('joins client and service message in the body', () => {
    const text = describeActivity(activity('Viewed', { message: 'Invoice was viewed by the client' }));
    expect(text.message).toBe('Acme GmbH · Invoice was viewed by the client');
  });

  it('falls back to a category sentence', () => {
    expect(describeActivity(activity('Paid', { clientName: null })).message).toBe('A payment was recorded.');
    expect(describeActivity(activity('Overdue', { message: '  ' })).message).toBe('Acme GmbH · The invoice is past its due date.');
  });

  it('names an invoice without a number by id', () => {
    expect(describeActivity(activity('Paid', { invoiceNumber: null })).title).toBe('Invoice #42 paid');
  });

  it('adds the amount as context', () => {
    const text = describeActivity(activity('Paid', { amount: 120, currencyCode: 'EUR' }));
    expect(text.contextMessage).toContain('120');
    expect(describeActivity(activity('Viewed')).contextMessage).toBeUndefined();
  });

  it('raises priority for payments only', () => {
    expect(describeActivity(activity('Paid')).priority).toBe(1);
    expect(describeActivity(activity('Viewed')).priority).toBe(0);
  });
});

describe('describeSummary', () => {
  it('counts activities per category', () => {
    const text = describeSummary({ viewed: 5, paid: 3 }, false);
    expect(text.title).toBe('8 new activities');
    expect(text.message).toBe('3 paid, 5 viewed');
    expect(text.contextMessage).toBeUndefined();
  });

  it('titles the away summary', () => {
    const text = describeSummary({ overdue: 1, viewed: 0 }, true);
    expect(text.title).toBe('While you were away');
    expect(text.message).toBe('1 overdue');
    expect(text.contextMessage).toBe('1 new activity');
  });

  it('leaves out empty categories', () => {
    expect(describeSummary({ other: 2, void: 0, sent: 1 }, false).message).toBe('1 sent, 2 other');
  });
});
