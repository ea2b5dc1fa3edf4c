import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { testConnection, type ConnectionResult } from './connection-test';

interface ConnectionTestProps {
  apiKey: string;
  apiSecret: string;
}

function resultClass(result: ConnectionResult | null): string {
  if (result === null) {
    return 'muted';
  }
  return result.ok ? 'success-text' : 'error-text';
}

/** Renders "Test connection" with the credentials as typed, and its result in plain words. */
export function ConnectionTest({ apiKey, apiSecret }: ConnectionTestProps) {
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<ConnectionResult | null>(null);

  const run = async () => {
    setTesting(true);
    setResult(null);
    try {
      setResult(await testConnection(apiKey, apiSecret));
    } finally {
      setTesting(false);
    }
  };

  return (
    <div class="connection-test">
      <button type="button" onClick={run} disabled={testing} aria-busy={testing}>
        {t('options_test_connection')}
      </button>
      <p class={resultClass(result)} role="status" data-testid="connection-result">
        {testing ? t('options_testing') : (result?.text ?? '')}
      </p>
    </div>
  );
}
