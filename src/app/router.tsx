import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { DEFAULT_LANGUAGE, languageBase } from '../i18n/languages';
import { routeTree } from './routes';
import { parseSearch, stringifySearch } from './search';

/**
 * The router of one language: its basepath is BASE_URL plus the language's prefix
 * (`/da/`), so every link and navigation stays in that language.
 */
export function createAppRouter(options: { history?: RouterHistory; language?: string } = {}) {
  return createRouter({
    routeTree,
    history: options.history,
    basepath: languageBase(options.language ?? DEFAULT_LANGUAGE),
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
