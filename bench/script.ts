// The scripted stretch of time the strategies are measured on: new invoices sent and then viewed
// and paid (views cluster in the hours after sending), reminders and views on older invoices,
// payments, overdue transitions at due dates, voids and edits. The same seed gives the same script.

import { applyActivity } from '../sandbox/model/activity-log';
import { createRandom } from '../sandbox/model/random';
import type { Random } from '../sandbox/model/random';
import type { Account, Invoice } from '../sandbox/model/types';
import { addInvoice } from './account';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface ScriptEvent {
  at: number;
  apply(account: Account): void;
}

/** Events per 24 hours; a shorter script gets proportionally fewer. */
export const DAILY_RATES = {
  newInvoices: 6,
  draftsSent: 4,
  recentViews: 40,
  recentPayments: 6,
  reminders: 20,
  oldViews: 15,
  oldPayments: 10,
  voids: 2,
  edits: 6,
};

const PAYMENT_TYPES = ['NewManualPayment', 'NewPaymentWithStripe', 'NewPaymentWithPaypal', 'Paid', 'MarkAsPaidByTheClient'];
const VIEW_TYPES = ['Opened', 'Viewed', 'Viewed', 'DownloadedAsPdf', 'OpenedAttachment'];

function isOpen(invoice: Invoice): boolean {
  return invoice.status === 'Unpaid' || invoice.status === 'Overdue';
}

/** When the client received the invoice: its latest send in the log, or its issue date. */
function sentAt(invoice: Invoice): number {
  const sends = invoice.activities.filter((activity) => activity.type === 'SentViaEmail' || activity.type === 'SentViaSms');
  return Math.max(invoice.issuedOn, ...sends.map((activity) => activity.at));
}

function exponential(random: Random, mean: number): number {
  return -mean * Math.log(1 - random.next());
}

/**
 * The spread of the daily views of recently sent invoices (both models are assumptions):
 * - `daily-halving`: over the open invoices sent in the 7 days before the run, the chance
 *   halving per day of age, so about half of them land on invoices 1 to 7 days old.
 * - `after-sending-6h` and `after-sending-12h`: each invoice sent in the 7 days before the run or
 *   during it gets its own later views, their chance halving every 6 (or 12) hours after sending,
 *   because invoice emails are mostly opened within hours of sending. The count per invoice keeps
 *   the same daily total in the steady state.
 */
export type ViewModel = 'daily-halving' | 'after-sending-6h' | 'after-sending-12h';

/** Half-life of the later views after sending, by view model; absent for `daily-halving`. */
export const VIEW_HALF_LIFE_MS: Partial<Record<ViewModel, number>> = { 'after-sending-6h': 6 * HOUR, 'after-sending-12h': 12 * HOUR };

export function buildScript(account: Account, random: Random, start: number, durationMs: number, viewModel: ViewModel = 'daily-halving'): ScriptEvent[] {
  const events: ScriptEvent[] = [];
  const end = start + durationMs;
  const count = (perDay: number): number => Math.round((perDay * durationMs) / DAY);
  const anyTime = (): number => start + random.next() * durationMs;
  const at = (time: number, apply: (account: Account) => void): void => {
    if (time > start && time < end) {
      events.push({ at: time, apply });
    }
  };

  const sent = account.invoices.filter((invoice) => invoice.status !== 'Draft' && invoice.status !== 'Void');
  const recent = sent.filter((invoice) => isOpen(invoice) && start - invoice.issuedOn < 7 * DAY);
  const old = sent.filter((invoice) => isOpen(invoice) && start - invoice.issuedOn >= 7 * DAY);
  const drafts = account.invoices.filter((invoice) => invoice.status === 'Draft');
  const template = sent[0] ?? account.invoices[0];

  const view = (invoice: Invoice | undefined, type: string) => (target: Account): void => {
    if (invoice !== undefined && invoice.status !== 'Draft' && invoice.status !== 'Void') {
      applyActivity(target, invoice, type);
    }
  };
  const pay = (invoice: Invoice | undefined, type: string) => (target: Account): void => {
    if (invoice !== undefined && isOpen(invoice)) {
      applyActivity(target, invoice, type);
    }
  };
  const sentToday: [time: number, invoice: () => Invoice | undefined][] = [];
  /** Views and a possible payment in the hours after an invoice reaches its client. */
  const followSending = (time: number, invoice: () => Invoice | undefined): void => {
    sentToday.push([time, invoice]);
    if (random.chance(0.85)) {
      const opened = time + exponential(random, 90 * MINUTE);
      at(opened, (target) => view(invoice(), 'Opened')(target));
      if (random.chance(0.5)) at(opened + exponential(random, 20 * MINUTE), (target) => view(invoice(), 'Viewed')(target));
      if (random.chance(0.2)) at(opened + exponential(random, 30 * MINUTE), (target) => view(invoice(), 'DownloadedAsPdf')(target));
    }
    if (random.chance(0.35)) {
      const type = random.pick(PAYMENT_TYPES);
      at(time + exponential(random, 5 * HOUR), (target) => pay(invoice(), type)(target));
    }
  };

  for (let index = 0; index < count(DAILY_RATES.newInvoices) && template !== undefined; index++) {
    const time = anyTime();
    let created: Invoice | undefined;
    at(time, (target) => {
      created = addInvoice(target, template, true);
    });
    followSending(time, () => created);
  }
  for (let index = 0; index < count(DAILY_RATES.draftsSent) && drafts.length > 0; index++) {
    const draft = random.pick(drafts);
    const time = anyTime();
    at(time, (target) => {
      if (draft.status === 'Draft') applyActivity(target, draft, 'SentViaEmail');
    });
    followSending(time, () => draft);
  }

  const pickFrom = (list: Invoice[]): Invoice | undefined => (list.length === 0 ? undefined : random.pick(list));
  // Under `daily-halving`, the chance of a view falls by half every day of the invoice's age.
  const byRecency = recent.map((invoice) => [invoice, 0.5 ** ((start - invoice.issuedOn) / DAY)] as const);
  // The after-sending models draw from its own random stream, so every other event of the script stays
  // the same under both models.
  const lateRandom = createRandom(Math.floor(start / 1000) ^ durationMs);
  // Views per invoice, so that in the steady state the daily total matches DAILY_RATES.recentViews.
  const viewsPerInvoice = (DAILY_RATES.recentViews * 7) / Math.max(1, recent.length);
  const halfLife = VIEW_HALF_LIFE_MS[viewModel] ?? DAY;
  const laterViews = (sentAt: number, invoice: () => Invoice | undefined): void => {
    const views = Math.floor(viewsPerInvoice) + (lateRandom.chance(viewsPerInvoice % 1) ? 1 : 0);
    for (let index = 0; index < views; index++) {
      const time = sentAt + exponential(lateRandom, halfLife / Math.LN2);
      const type = lateRandom.pick(VIEW_TYPES);
      at(time, (target) => view(invoice(), type)(target));
    }
  };
  if (viewModel !== 'daily-halving') {
    for (const invoice of recent) laterViews(sentAt(invoice), () => invoice);
    for (const [time, invoice] of sentToday) laterViews(time, invoice);
  }
  for (let index = 0; index < count(DAILY_RATES.recentViews) && byRecency.length > 0; index++) {
    const time = anyTime();
    const invoice = random.weighted(byRecency);
    const type = random.pick(VIEW_TYPES);
    if (viewModel === 'daily-halving') at(time, view(invoice, type));
  }
  for (let index = 0; index < count(DAILY_RATES.recentPayments); index++) at(anyTime(), pay(pickFrom(recent), random.pick(PAYMENT_TYPES)));
  for (let index = 0; index < count(DAILY_RATES.oldViews); index++) at(anyTime(), view(pickFrom(old), random.pick(VIEW_TYPES)));
  for (let index = 0; index < count(DAILY_RATES.oldPayments); index++) at(anyTime(), pay(pickFrom(old), random.pick(PAYMENT_TYPES)));
  for (let index = 0; index < count(DAILY_RATES.reminders); index++) {
    const invoice = pickFrom(old);
    const time = anyTime();
    at(time, (target) => {
      if (invoice !== undefined && isOpen(invoice)) applyActivity(target, invoice, 'SentReminderViaEmail');
    });
    if (random.chance(0.5)) at(time + exponential(random, HOUR), view(invoice, 'Viewed'));
  }
  for (let index = 0; index < count(DAILY_RATES.voids); index++) {
    const invoice = pickFrom([...recent, ...old]);
    at(anyTime(), (target) => {
      if (invoice !== undefined && isOpen(invoice)) applyActivity(target, invoice, 'Void');
    });
  }
  for (let index = 0; index < count(DAILY_RATES.edits); index++) {
    const invoice = pickFrom([...recent, ...drafts]);
    at(anyTime(), (target) => {
      if (invoice === undefined || invoice.status === 'Void' || invoice.status === 'Paid') return;
      invoice.total = Math.round(invoice.total * 1.1 * 100) / 100;
      applyActivity(target, invoice, 'Updated');
    });
  }
  for (const invoice of account.invoices) {
    if (invoice.status === 'Unpaid') {
      at(invoice.dueOn, (target) => {
        if (invoice.status === 'Unpaid') applyActivity(target, invoice, 'Overdue');
      });
    }
  }

  return events.sort((a, b) => a.at - b.at);
}
