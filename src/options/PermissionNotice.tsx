import { useEffect, useState } from 'preact/hooks';
import { ENVOICE_BASE_URL } from '../shared/build-config';
import { t } from '../shared/i18n';
import { hasHostPermission, requestHostPermission } from '../shared/permissions';

/** Shows a notice with "Grant access" while the browser withholds access to the Envoice origin. */
export function PermissionNotice() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [declined, setDeclined] = useState(false);

  useEffect(() => {
    void hasHostPermission().then(setGranted);
  }, []);

  if (granted !== false) {
    return null;
  }

  const grantAccess = async () => {
    // Called first in the click handler: browsers accept a permission request only during a user gesture.
    const accepted = await requestHostPermission();
    setGranted(accepted);
    setDeclined(!accepted);
  };

  return (
    <section class="notice" role="region" aria-label={t('options_permission_title')}>
      <p>
        <strong>{t('options_permission_title')}</strong> {t('options_permission_text', ENVOICE_BASE_URL)}
      </p>
      <button type="button" class="primary" onClick={grantAccess}>
        {t('options_grant_access')}
      </button>
      {declined && <p class="error-text">{t('options_permission_declined')}</p>}
    </section>
  );
}
