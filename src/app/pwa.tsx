// The service worker's registration and the "new version" prompt. The worker (src/sw.ts) exists
// in production builds only; it is registered from this bundle after the page has loaded (no
// inline script, so the CSP stays strict). A new version waits until the visitor chooses
// "Reload"; "Later" keeps the page as it is, and the new version starts on the next visit.
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/** Activates the waiting worker and reloads the page once it has taken over. */
type Update = () => void;

let update: Update | undefined;
let started = false;
const listeners = new Set<() => void>();

function setUpdate(next: Update | undefined): void {
  update = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers the worker once per page (never in the dev server, tests or prerendering). */
function registerServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  const base = import.meta.env.BASE_URL;
  import('workbox-window')
    .then(({ Workbox }) => {
      const workbox = new Workbox(`${base}sw.js`, { scope: base });
      // A new worker is installed and waits while this page runs the old version.
      workbox.addEventListener('waiting', () => {
        setUpdate(() => {
          workbox.addEventListener('controlling', () => window.location.reload());
          workbox.messageSkipWaiting();
        });
      });
      // Workbox waits for the page's load event before it registers.
      return workbox.register();
    })
    .catch(() => {
      // No worker (private mode, an old browser, a failed download): the app works online.
    });
}

/** "A new version of the atlas is available." with "Reload" and "Later". */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const pending = useSyncExternalStore(
    subscribe,
    () => update,
    () => undefined,
  );
  useEffect(registerServiceWorker, []);
  if (!pending) return null;
  return (
    <div className="notice notice--info" role="status">
      <p>{t('pwa.updateAvailable')}</p>
      <div>
        <button type="button" className="button" onClick={pending}>
          {t('pwa.reload')}
        </button>{' '}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setUpdate(undefined);
          }}
        >
          {t('pwa.later')}
        </button>
      </div>
    </div>
  );
}
