// One i18next instance per app: the active catalogue is loaded before the first render, the
// others only when the visitor switches to them.
import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES, DEFAULT_LANGUAGE } from './languages';

export async function loadCatalogue(language: string): Promise<Record<string, unknown>> {
  const load =
    CATALOGUES[`./locales/${language}.json`] ?? CATALOGUES[`./locales/${DEFAULT_LANGUAGE}.json`];
  if (!load) throw new Error(`No catalogue for "${language}"`);
  return (await load()).default;
}

/**
 * An i18next instance in `language`. Pass `resources` to start with catalogues already in
 * hand (tests, prerendering); otherwise the active one is loaded first.
 */
export async function createI18n(language: string, resources?: Resource): Promise<I18n> {
  const instance = createInstance();
  instance.use(initReactI18next).use({
    type: 'backend',
    init: () => undefined,
    read: (lng: string, _ns: string, done: (error: unknown, data?: unknown) => void) => {
      loadCatalogue(lng).then(
        (catalogue) => done(null, catalogue),
        (error: unknown) => done(error),
      );
    },
  });
  await instance.init({
    lng: language,
    // Every catalogue is complete (a test checks the keys), so no other language is loaded.
    fallbackLng: false,
    supportedLngs: undefined,
    ns: ['translation'],
    defaultNS: 'translation',
    resources,
    partialBundledLanguages: resources !== undefined,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}
