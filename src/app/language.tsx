// The interface language lives in the path (`/da/dashboard`; English is unprefixed), is
// remembered for the next visit, and sets <html lang>. Each language is its own prerendered
// page: the router's basepath carries the prefix, so every link stays in its language, and
// the switcher is a plain link to the same page in the other language.
import { useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { readableQuery } from '../domain/readable-query';
import { localizedPath, splitLanguagePath } from '../i18n/language-path';
import {
  autonym,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  parseLanguage,
  rememberedLanguage,
  rememberLanguage,
} from '../i18n/languages';
import './language.css';

/**
 * Embeds (in other sites' pages, and in the embed dialog's preview) show the language their
 * address asks for, and leave the visitor's own choice for the atlas alone.
 */
export const isEmbed = (pathname: string) => /\/embed(?:\/|$)/.test(pathname);

/**
 * The language of this page load: the path's prefix; else an old link's `?lang=`; else the
 * one chosen on an earlier visit (never for an embed). The address is then rewritten to say
 * it in the path (`/?lang=da&country=spain` becomes `/da/?country=spain`), so the URL stays
 * the state of the page.
 */
export function languageFromUrl(): string {
  const base = import.meta.env.BASE_URL;
  const url = new URL(window.location.href);
  const { language: inPath, route } = splitLanguagePath(url.pathname, base, LANGUAGES);
  const asked = parseLanguage(url.searchParams.get('lang'));
  const language =
    inPath ?? asked ?? (isEmbed(route) ? undefined : rememberedLanguage()) ?? DEFAULT_LANGUAGE;
  if (url.searchParams.has('lang')) {
    url.searchParams.delete('lang');
    url.search = readableQuery(url.searchParams);
  }
  url.pathname = localizedPath(route, language, base);
  if (url.href !== window.location.href) {
    window.history.replaceState(window.history.state, '', url);
  }
  return language;
}

/** Sets <html lang> and remembers the language for the next visit (not from an embed). */
export function useLanguageFromUrl(): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const embed = isEmbed(useRouterState({ select: (state) => state.location.pathname }));
  useEffect(() => {
    document.documentElement.lang = language;
    if (!embed) rememberLanguage(language);
  }, [language, embed]);
}

/** Links to this page in each language, keeping every parameter (the filters). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { pathname, searchStr } = useRouterState({
    select: (state) => ({
      pathname: state.location.pathname,
      searchStr: state.location.searchStr,
    }),
    structuralSharing: true,
  });
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={`${localizedPath(pathname, language, import.meta.env.BASE_URL)}${searchStr}`}
              // The next page load reads the choice: an unprefixed (English) page would
              // otherwise send a visitor who had chosen Danish back to it.
              onClick={() => rememberLanguage(language)}
              lang={language}
              hrefLang={language}
              aria-current={i18n.language === language ? 'true' : undefined}
              title={t('language.switchTo', { name: autonym(language) })}
            >
              {autonym(language)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
