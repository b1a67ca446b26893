import { Link, Outlet, useMatches, useRouterState } from '@tanstack/react-router';
import { Suspense, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { MAX_COMPARE } from '../domain/url-state';
import { CompareTray } from '../features/compare/compare-tray';
import { CompareChoiceContext } from '../ui/compare-toggle';
import { OfflineBanner } from './offline-banner';
import { Spinner } from '../ui/spinner';
import { useRouteFocus } from '../ui/use-route-focus';
import { useLanguageFromUrl } from './language';
import { UpdatePrompt } from './pwa';
import { useCompareChoice } from './route-state';
import { SiteMenu } from './site-menu';
import './layout.css';

export function Layout() {
  const { t } = useTranslation();
  useLanguageFromUrl();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const mainRef = useRouteFocus(pathname);
  // The route table's facts of the page shown (none while a path matches no route).
  const facts = useMatches({ select: (matches) => matches.at(-1)?.staticData.facts });
  // `?compare=`: what "Add to comparison" buttons toggle and the tray shows, on every page.
  const { ids: compareIds, toggle, remove } = useCompareChoice();
  const compareChoice = useMemo(
    () => ({ ids: compareIds, max: MAX_COMPARE, toggle }),
    [compareIds, toggle],
  );
  const page = (
    <Suspense fallback={<Spinner />}>
      <Outlet />
    </Suspense>
  );
  if (facts?.chromeless) {
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
        <SiteMenu />
      </header>
      <OfflineBanner />
      <UpdatePrompt />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <CompareChoiceContext value={compareChoice}>{page}</CompareChoiceContext>
      </main>
      {facts?.path !== '/compare' && <CompareTray ids={compareIds} onRemove={remove} />}
      <footer className="site-footer">
        <p>
          <Trans i18nKey="app.footer" components={{ em: <em /> }} />
        </p>
      </footer>
    </div>
  );
}
