// The page each shown notification opens on a click. The worker may stop between showing a
// notification and the click, so the targets are kept in storage.local, not in memory.

import browser from 'webextension-polyfill';

export const NOTIFICATION_TARGETS_KEY = 'notificationTargets';

/** Notifications the browser still shows are few; older entries beyond this are dropped. */
const MAX_TARGETS = 50;

export interface NotificationTarget {
  /** Invoice whose share link to open when the activity has no link; null for summaries. */
  invoiceId: number | null;
  link: string | null;
  /** Epoch milliseconds. */
  shownAt: number;
}

type TargetMap = Record<string, NotificationTarget>;

function isTarget(value: unknown): value is NotificationTarget {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const target = value as NotificationTarget;
  return (typeof target.invoiceId === 'number' || target.invoiceId === null) && (typeof target.link === 'string' || target.link === null) && typeof target.shownAt === 'number';
}

async function readTargets(): Promise<TargetMap> {
  const { [NOTIFICATION_TARGETS_KEY]: raw } = await browser.storage.local.get(NOTIFICATION_TARGETS_KEY);
  if (typeof raw !== 'object' || raw === null) {
    return {};
  }
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => isTarget(value))) as TargetMap;
}

/** Records the targets of newly shown notifications, keeping only the newest MAX_TARGETS. */
export async function saveTargets(added: TargetMap): Promise<void> {
  const merged = Object.entries({ ...(await readTargets()), ...added })
    .sort(([, a], [, b]) => b.shownAt - a.shownAt)
    .slice(0, MAX_TARGETS);
  await browser.storage.local.set({ [NOTIFICATION_TARGETS_KEY]: Object.fromEntries(merged) });
}

export async function findTarget(notificationId: string): Promise<NotificationTarget | null> {
  return (await readTargets())[notificationId] ?? null;
}

export async function forgetTarget(notificationId: string): Promise<void> {
  const targets = await readTargets();
  if (!(notificationId in targets)) {
    return;
  }
  delete targets[notificationId];
  await browser.storage.local.set({ [NOTIFICATION_TARGETS_KEY]: targets });
}
