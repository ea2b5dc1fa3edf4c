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

/** Renders the product name, Refresh, the settings gear and the tabs between the two views. */
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
    <button type="button" class={selected ? 'tab selected' : 'tab'} aria-pressed={selected} onClick={onSelect}>
      {label}
    </button>
  );
}
