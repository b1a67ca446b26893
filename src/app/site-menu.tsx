// The site's navigation and tools. On a wide screen they sit in the header as they always have;
// on a phone they fold behind one "Menu" button, a disclosure: it says whether it is open
// (aria-expanded), names what it opens (aria-controls), Escape closes it and gives focus back
// to the button, and it closes when the visitor goes to another page.
import { Link, useRouterState } from '@tanstack/react-router';
import { useCallback, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyLink } from '../features/share/copy-link';
import { useEscape } from '../ui/use-escape';
import { useIsClient } from '../ui/use-client';
import { LanguageSwitcher } from './language';
import './site-menu.css';

const NAV = [
  { to: '/', key: 'map' },
  { to: '/dashboard', key: 'dashboard' },
  { to: '/events', key: 'events' },
  { to: '/about', key: 'about' },
  { to: '/present', key: 'present' },
] as const;

const MENU_ID = 'site-menu';

export function SiteMenu() {
  const { t } = useTranslation();
  const client = useIsClient();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // Open on the page it was opened on: another page closes it without an effect.
  const [openOn, setOpenOn] = useState<string | undefined>(undefined);
  const open = openOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpenOn(undefined);
    buttonRef.current?.focus();
  }, []);
  useEscape(open, close);
  // A link to the page already shown changes no path: close on any link followed.
  const onPanelClick = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) setOpenOn(undefined);
  };
  return (
    <>
      {client ? (
        <button
          ref={buttonRef}
          type="button"
          className="site-menu__button"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpenOn(open ? undefined : pathname)}
        >
          <span className="site-menu__icon" aria-hidden="true" />
          {t('app.menu')}
        </button>
      ) : (
        // Before the app runs (and without JavaScript) the same button is a link to the
        // menu, which CSS shows as the link's target.
        <a className="site-menu__button" href={`#${MENU_ID}`}>
          <span className="site-menu__icon" aria-hidden="true" />
          {t('app.menu')}
        </a>
      )}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- closes after a link is followed; the links themselves are the controls */}
      <div
        id={MENU_ID}
        className={open ? 'site-menu site-menu--open' : 'site-menu'}
        onClick={onPanelClick}
      >
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
        <div className="site-header__tools">
          <CopyLink className="copy-link--header" />
          <LanguageSwitcher />
        </div>
      </div>
    </>
  );
}
