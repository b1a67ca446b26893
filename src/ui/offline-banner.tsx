import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ecosystemsQuery } from '../api/ecosystems';
import { useFormat } from '../i18n/format';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * When the data shown was generated: the ecosystems document's `generatedAt`. Usually in the
 * query cache already; otherwise it is read once (offline, the service worker's cache answers).
 */
function OfflineNotice() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: generatedAt } = useQuery({
    ...ecosystemsQuery(),
    select: (document) => document.generatedAt,
  });
  return (
    <div className="offline-banner" role="status">
      {generatedAt
        ? t('pwa.offlineSince', { date: format.partialDate(generatedAt.slice(0, 10)) })
        : t('common.offline')}
    </div>
  );
}

/** A banner while the browser is offline: what is loaded keeps working, and how old it is. */
export function OfflineBanner() {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return online ? null : <OfflineNotice />;
}
