import { render } from 'preact';
import { t } from '../shared/i18n';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import '../shared/ui/base.css';
import { OptionsApp } from './OptionsApp';
import './options.css';

render(
  <ErrorBoundary message={t('options_render_failed')}>
    <OptionsApp />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
