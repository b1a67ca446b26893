// The offline banner under the header: shown while the browser is offline, with the date of the
// newest check in the data on screen. It reads the ecosystems query, so it belongs to the app.
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ecosystemsQuery } from '../api/ecosystems';
import { checkedOn, newestCheck } from '../domain/checked';
import { useFormat } from '../i18n/format';
import './offline-banner.css';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * How old the data shown is, by its own date: the newest check of any record or source in the
 * ecosystems document, not the day the site was built. Usually in the query cache already;
 * otherwise it is read once (offline, the service worker's cache answers).
 */
function OfflineNotice() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: checked } = useQuery({
    ...ecosystemsQuery(),
    select: (document) =>
      newestCheck(
        document.ecosystems.flatMap((ecosystem) => [
          ...(ecosystem.lastVerified ? [ecosystem.lastVerified] : []),
          ...ecosystem.sources.map(checkedOn),
        ]),
      ),
  });
  return (
    <div className="offline-banner" role="status">
      {checked ? t('pwa.offlineSince', { date: format.partialDate(checked) }) : t('common.offline')}
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
