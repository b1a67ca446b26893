import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { App } from '../src/app/app';
import { createAppRouter } from '../src/app/router';
import { createQueryClient } from '../src/api/query-client';
import da from '../src/i18n/locales/da.json';
import en from '../src/i18n/locales/en.json';

/** An i18next instance with both catalogues in hand, ready at once (no loading in tests). */
export function testI18n(language = 'en'): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { en: { translation: en }, da: { translation: da } },
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  });
  return instance;
}

/** Renders the whole app at `url` with a fresh QueryClient that never retries. */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ history });
  const queryClient = createQueryClient({ retry: false });
  const language = new URLSearchParams(url.split('?')[1] ?? '').get('lang') ?? 'en';
  const i18n = testI18n(language);
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} i18n={i18n} />);
  return { ...view, user, router, history, queryClient, i18n };
}
