import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense } from 'react';
import { OfflineBanner } from '../ui/offline-banner';
import { Spinner } from '../ui/spinner';
import { useRouteFocus } from '../ui/use-route-focus';

/** Routes drawn without the site header and footer (full screen, iframes). */
const CHROMELESS_PATHS = ['/present', '/embed'];

const NAV = [
  { to: '/', label: 'Map' },
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/events', label: 'Events' },
  { to: '/about', label: 'About' },
  { to: '/present', label: 'Present' },
] as const;

export function Layout() {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const mainRef = useRouteFocus(pathname);
  const page = (
    <Suspense fallback={<Spinner />}>
      <Outlet />
    </Suspense>
  );
  if (CHROMELESS_PATHS.some((path) => pathname.endsWith(path))) {
    return (
      <main id="main" ref={mainRef} tabIndex={-1}>
        {page}
      </main>
    );
  }
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
          <span>Ecosystem Atlas</span>
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  activeOptions={{ exact: item.to === '/' }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <OfflineBanner />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {page}
      </main>
      <footer className="site-footer">
        <p>
          Data on the International Network of Digital Health Ecosystems, from public sources: every
          figure names its source, or is not shown. A location marked{' '}
          <em>details not yet public</em> is on the network&apos;s list with no public facts yet.
        </p>
      </footer>
    </div>
  );
}
