import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { categorizeActivity, type ActivityRecord } from '../../shared/activity';
import { formatDateTime, formatMoney, formatRelativeTime, parseTimestamp } from '../../shared/format';
import { t } from '../../shared/i18n';
import { activityTitle, invoiceLabel } from './activity-title';
import { describeLinkFailure } from './link-feedback';
import type { ShareLinkResolver } from './share-link';

/** How long "Copied" stays visible, in milliseconds. */
const FEEDBACK_MS = 2_000;

interface Feedback {
  text: string;
  failed: boolean;
}

interface ActivityItemProps {
  activity: ActivityRecord;
  unseen: boolean;
  now: number;
  links: ShareLinkResolver;
}

export function ActivityItem({ activity, unseen, now, links }: ActivityItemProps) {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const category = categorizeActivity(activity.type);
  const time = parseTimestamp(activity.occurredAt) ?? activity.detectedAt;
  // Every row has the same two buttons, so their accessible names include the invoice they act on.
  const invoice = invoiceLabel(activity);

  useEffect(() => {
    // A failure stays until the next click, so there is time to read it.
    if (feedback === null || feedback.failed) {
      return undefined;
    }
    const timer = setTimeout(() => setFeedback(null), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  const copyLink = async () => {
    try {
      const link = await links.shareLink(activity);
      // NOTE: Firefox requires the click's user activation here, which a slow share-link fetch can outlast.
      await navigator.clipboard.writeText(link);
      setFeedback({ text: t('popup_copied'), failed: false });
    } catch (error) {
      setFeedback({ text: describeLinkFailure(error, 'popup_copy_failed'), failed: true });
    }
  };

  const openLink = async () => {
    try {
      const url = await links.openableLink(activity);
      await browser.tabs.create({ url });
    } catch (error) {
      setFeedback({ text: describeLinkFailure(error, 'popup_open_failed'), failed: true });
    }
  };

  return (
    <li class={`activity cat-${category}${unseen ? ' unseen' : ''}`} data-testid="activity-item">
      <span class="activity-dot" aria-hidden="true" />
      <div class="activity-body">
        <div class="activity-head">
          <span class="activity-title">{activityTitle(activity)}</span>
          {unseen && <span class="activity-new">{t('popup_unseen')}</span>}
          <time class="activity-time muted" dateTime={new Date(time).toISOString()} title={formatDateTime(time)}>
            {formatRelativeTime(time, now)}
          </time>
        </div>
        <div class="activity-meta">
          {activity.clientName !== null && <span class="activity-client">{activity.clientName}</span>}
          {activity.amount !== null && <span class="activity-amount">{formatMoney(activity.amount, activity.currencyCode)}</span>}
        </div>
        {activity.message !== null && activity.message.trim() !== '' && <p class="activity-message muted">{activity.message}</p>}
        <div class="activity-actions">
          <button type="button" onClick={copyLink} aria-label={t('popup_copy_link_to', invoice)}>
            {t('popup_copy_link')}
          </button>
          <button type="button" onClick={openLink} aria-label={t('popup_open_invoice', invoice)}>
            {t('popup_open')}
          </button>
          <span class={feedback?.failed === true ? 'activity-feedback error-text' : 'activity-feedback success-text'} role="status">
            {feedback?.text ?? ''}
          </span>
        </div>
      </div>
    </li>
  );
}
