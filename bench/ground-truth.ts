// The notifications that should happen: one for every notifiable activity the script added after the baseline.
// Deliveries are matched to these events by activity id, or for a status notification
// (`s:<invoice>:<status>`) to the latest event of the matching kind on that invoice.

import type { Account, Invoice } from '../sandbox/model/types';
import type { ActivityCategory } from '../src/shared/activity';
import { categorizeActivity, isNotifiable } from '../src/shared/activity';
import type { ActivityType } from '../src/shared/api/enums';
import { categoryOfStatus } from '../src/sync/records';

const WEEK_MS = 7 * 86_400_000;

export interface TruthEvent {
  activityId: number;
  invoiceId: number;
  category: ActivityCategory;
  /** The activity type as logged, e.g. `MarkAsPaidByTheClient`. */
  type: string;
  at: number;
  /** Epoch ms of the invoice's latest send (or issue) before the event. */
  sentAt: number;
  /** The invoice was sent in the 7 days before the event. */
  recentlySent: boolean;
  /** Index of the first sync after the event. */
  firstSync: number;
  deliveries: number;
  detectedAt: number | null;
  detectedSync: number | null;
}

function lastSentAt(invoice: Invoice): number {
  let sentAt = invoice.issuedOn;
  for (const activity of invoice.activities) {
    if (activity.type === 'SentViaEmail' || activity.type === 'SentViaSms') {
      sentAt = Math.max(sentAt, activity.at);
    }
  }
  return sentAt;
}

export class GroundTruth {
  readonly events = new Map<number, TruthEvent>();
  /** Deliveries that match no event: notifications that should not have happened. */
  spurious = 0;
  private nextActivityId: number;

  constructor(account: Account) {
    this.nextActivityId = account.nextId.activity;
  }

  /** Records the notifiable activities added since the last call; `firstSync` is the next sync's index. */
  collect(account: Account, firstSync: number): void {
    const from = this.nextActivityId;
    this.nextActivityId = account.nextId.activity;
    if (from === this.nextActivityId) {
      return;
    }
    for (const invoice of account.invoices) {
      for (let index = invoice.activities.length - 1; index >= 0; index--) {
        const activity = invoice.activities[index];
        if (activity === undefined || activity.id < from) {
          break;
        }
        if (!isNotifiable(activity.type as ActivityType)) {
          continue;
        }
        this.events.set(activity.id, {
          activityId: activity.id,
          invoiceId: invoice.id,
          category: categorizeActivity(activity.type as ActivityType),
          type: activity.type,
          at: activity.at,
          sentAt: lastSentAt(invoice),
          recentlySent: activity.at - lastSentAt(invoice) < WEEK_MS,
          firstSync,
          deliveries: 0,
          detectedAt: null,
          detectedSync: null,
        });
      }
    }
  }

  deliver(key: string, now: number, sync: number): void {
    const event = this.match(key, now);
    if (event === undefined) {
      this.spurious++;
      return;
    }
    event.deliveries++;
    if (event.detectedAt === null) {
      event.detectedAt = now;
      event.detectedSync = sync;
    }
  }

  private match(key: string, now: number): TruthEvent | undefined {
    if (key.startsWith('a:')) {
      return this.events.get(Number(key.slice(2)));
    }
    const [, invoice, status] = key.split(':');
    const category = categoryOfStatus(status ?? '');
    let latest: TruthEvent | undefined;
    for (const event of this.events.values()) {
      if (event.invoiceId === Number(invoice) && event.category === category && event.at <= now && (latest === undefined || event.at > latest.at)) {
        latest = event;
      }
    }
    return latest;
  }

  duplicates(): number {
    let total = 0;
    for (const event of this.events.values()) {
      total += Math.max(0, event.deliveries - 1);
    }
    return total;
  }

  misses(): number {
    return [...this.events.values()].filter((event) => event.deliveries === 0).length;
  }
}
