import { render } from 'preact';
import { t } from '../shared/i18n';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import '../shared/ui/base.css';
import { App } from './App';
import './popup.css';

render(
  <ErrorBoundary message={t('popup_render_failed')}>
    <App />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
