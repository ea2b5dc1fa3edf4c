import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { PopupView } from './popup-view';

interface HeaderProps {
  view: PopupView;
  onViewChange: (view: PopupView) => void;
  syncing: boolean;
  canRefresh: boolean;
  onRefresh: () => Promise<void>;
}

/** Id of the element that shows the current view, which the view buttons control. */
export const VIEW_PANEL_ID = 'popup-view';

/**
 * Renders the product name, Refresh, the settings gear and the buttons between the two views.
 * The view buttons are toggle buttons (aria-pressed), not ARIA tabs, so Tab reaches each of them
 * and each keeps the button role that assistive technology and the end-to-end tests look for.
 */
export function Header({ view, onViewChange, syncing, canRefresh, onRefresh }: HeaderProps) {
  return (
    <header class="popup-header">
      <div class="header-row">
        <h1 class="product-name">{t('extensionName')}</h1>
        <button type="button" class="refresh" disabled={syncing || !canRefresh} aria-busy={syncing} onClick={onRefresh}>
          {syncing && <span class="spinner" aria-hidden="true" />}
          {t('popup_refresh')}
        </button>
        <button
          type="button"
          class="gear"
          aria-label={t('popup_settings')}
          title={t('popup_settings')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <span aria-hidden="true">⚙</span>
        </button>
      </div>
      <nav class="tabs" aria-label={t('popup_views')}>
        <TabButton label={t('popup_tab_activity')} selected={view === 'activity'} onSelect={() => onViewChange('activity')} />
        <TabButton label={t('popup_tab_new_invoice')} selected={view === 'new-invoice'} onSelect={() => onViewChange('new-invoice')} />
      </nav>
    </header>
  );
}

function TabButton({ label, selected, onSelect }: { label: string; selected: boolean; onSelect: () => void }) {
  return (
    <button type="button" class={selected ? 'tab selected' : 'tab'} aria-pressed={selected} aria-controls={VIEW_PANEL_ID} onClick={onSelect}>
      {label}
    </button>
  );
}
