import { categorizeActivity, type ActivityRecord } from '../../shared/activity';
import { toSafeWebUrl } from '../../background/safe-url';

/** Fetches an invoice's public share link; the popup passes the API client's `getInvoiceShareLink`. */
export type ShareLinkFetcher = (invoiceId: number) => Promise<string>;

/** A share link or web address that is missing or not plain http(s), so the popup will not use it. */
export class MissingLinkError extends Error {
  override readonly name = 'MissingLinkError';
}

/**
 * Checks whether the activity's stored link is the invoice's share link. Activities the client
 * causes or receives (sent, viewed, overdue, rejected) link to the client's view of the invoice.
 * A payment's link points at the payment instead, and other types may have none.
 * NOTE: the API documents `Link` only as "a certain activity action", so this split is an assumption.
 */
export function carriesShareLink(activity: ActivityRecord): boolean {
  const category = categorizeActivity(activity.type);
  return category === 'viewed' || category === 'sent' || category === 'overdue' || category === 'rejected';
}

/**
 * Returns share links, from the activity when it carries one, else from the API once per invoice
 * for the lifetime of the resolver (one popup opening).
 */
export function createShareLinkResolver(fetchShareLink: ShareLinkFetcher) {
  const cache = new Map<number, Promise<string>>();

  const shareLink = async (activity: ActivityRecord): Promise<string> => {
    const stored = carriesShareLink(activity) ? toSafeWebUrl(activity.link) : null;
    if (stored !== null) {
      return stored;
    }
    let pending = cache.get(activity.invoiceId);
    if (pending === undefined) {
      pending = fetchShareLink(activity.invoiceId);
      cache.set(activity.invoiceId, pending);
      // A failed fetch is not cached, so the next click tries again.
      pending.catch(() => cache.delete(activity.invoiceId));
    }
    const link = toSafeWebUrl(await pending);
    if (link === null) {
      throw new MissingLinkError('The invoice has no http(s) share link');
    }
    return link;
  };

  /** The page "Open" shows: the activity's own link when it is a web address, else the share link. */
  const openableLink = async (activity: ActivityRecord): Promise<string> => toSafeWebUrl(activity.link) ?? (await shareLink(activity));

  return { shareLink, openableLink };
}

export type ShareLinkResolver = ReturnType<typeof createShareLinkResolver>;
