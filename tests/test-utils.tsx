import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { App } from '../src/app/app';
import { createAppRouter } from '../src/app/router';
import { createQueryClient } from '../src/api/query-client';
import { loadCatalogue } from '../src/i18n/i18n';
import { splitLanguagePath } from '../src/i18n/language-path';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../src/i18n/languages';

/** Every catalogue of src/i18n/languages.ts, loaded once. */
const resources: Resource = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (language) => [language, { translation: await loadCatalogue(language) }]),
  ),
) as Resource;

/** An i18next instance with every catalogue in hand, ready at once (no loading in tests). */
export function testI18n(language = DEFAULT_LANGUAGE): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  });
  return instance;
}

/**
 * Renders the whole app at `url` (`/da/dashboard` for Danish) with a fresh QueryClient that
 * never retries.
 */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  const history = createMemoryHistory({ initialEntries: [url] });
  const pathname = url.split(/[?#]/)[0] ?? '/';
  const language = splitLanguagePath(pathname, '/', LANGUAGES).language ?? DEFAULT_LANGUAGE;
  const router = createAppRouter({ history, language });
  const queryClient = createQueryClient({ retry: false });
  const i18n = testI18n(language);
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} i18n={i18n} />);
  return { ...view, user, router, history, queryClient, i18n };
}
