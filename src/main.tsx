// The design tokens and the globals come first, so every component's styles follow them.
import './styles/tokens.css';
import './styles/base.css';
import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { languageFromUrl } from './app/language';
import { createAppRouter } from './app/router';
import { createQueryClient } from './api/query-client';
import { createI18n } from './i18n/i18n';
import { splitLanguagePath } from './i18n/language-path';
import { LANGUAGES } from './i18n/languages';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The language's catalogue arrives before the first render, so no text changes language. Read
// before the router is made: the language's prefix is the router's basepath.
const language = languageFromUrl();
const i18n = await createI18n(language);
const queryClient = createQueryClient();
const router = createAppRouter({ language });

/**
 * The prerendered HTML is hydrated when it is this page as the visitor asked for it: same
 * route, same language, no filters or other parameters (a filtered view renders afresh).
 */
function matchesPrerender(root: HTMLElement): boolean {
  const route = root.dataset.prerendered;
  if (!route || root.dataset.lang !== language) return false;
  const path = splitLanguagePath(window.location.pathname, import.meta.env.BASE_URL, LANGUAGES);
  const here = path.route.replace(/(.)\/$/, '$1');
  return here === route && window.location.search === '';
}

const app = (
  <StrictMode>
    <App router={router} queryClient={queryClient} i18n={i18n} />
  </StrictMode>
);
const state = document.getElementById('atlas-state');
if (state?.textContent && matchesPrerender(container)) {
  hydrate(queryClient, JSON.parse(state.textContent) as DehydratedState);
  // Tells the router it renders over server HTML, so it builds the same tree as the prerender
  // did (no extra Suspense around the matches).
  router.ssr = { manifest: undefined };
  // The route's code and data are in hand before React hydrates, so its first render in the
  // browser is the prerendered one.
  await router.load();
  hydrateRoot(container, app);
} else {
  container.replaceChildren();
  createRoot(container).render(app);
}
