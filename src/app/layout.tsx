import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { OfflineBanner } from '../ui/offline-banner';
import { Spinner } from '../ui/spinner';
import { useRouteFocus } from '../ui/use-route-focus';
import { LanguageSwitcher, useLanguageFromUrl } from './language';
import { UpdatePrompt } from './pwa';

/** Routes drawn without the site header and footer (full screen, iframes). */
const CHROMELESS_PATHS = ['/present', '/embed'];

const NAV = [
  { to: '/', key: 'map' },
  { to: '/dashboard', key: 'dashboard' },
  { to: '/events', key: 'events' },
  { to: '/about', key: 'about' },
  { to: '/present', key: 'present' },
] as const;

export function Layout() {
  const { t } = useTranslation();
  useLanguageFromUrl();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const mainRef = useRouteFocus(pathname);
  const page = (
    <Suspense fallback={<Spinner />}>
      <Outlet />
    </Suspense>
  );
  if (CHROMELESS_PATHS.some((path) => pathname.endsWith(path))) {
    return (
      <>
        <OfflineBanner />
        <UpdatePrompt />
        <main id="main" ref={mainRef} tabIndex={-1}>
          {page}
        </main>
      </>
    );
  }
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('app.mainNavigation')}>
          <ul className="site-nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  activeOptions={{ exact: item.to === '/', includeSearch: false }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
      </header>
      <OfflineBanner />
      <UpdatePrompt />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {page}
      </main>
      <footer className="site-footer">
        <p>
          <Trans i18nKey="app.footer" components={{ em: <em /> }} />
        </p>
      </footer>
    </div>
  );
}
