// The interface language lives in the URL (`?lang=da`; English is not written), is remembered
// for the next visit, and sets <html lang>.
import { Link, useRouterState, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  autonym,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  parseLanguage,
  rememberedLanguage,
  rememberLanguage,
  serialiseLanguage,
} from '../i18n/languages';

/**
 * Embeds (in other sites' pages, and in the embed dialog's preview) show the language their
 * code asks for, and leave the visitor's own choice for the atlas alone.
 */
const isEmbed = (pathname: string) => /\/embed(?:\/|$)/.test(pathname);

/**
 * The language of the first render: the link's `?lang=`, else the one chosen on an earlier
 * visit, which is then written into the address so the URL stays the state of the page.
 */
export function languageFromUrl(): string {
  const url = new URL(window.location.href);
  const asked = parseLanguage(url.searchParams.get('lang'));
  if (asked) return asked;
  if (isEmbed(url.pathname)) return DEFAULT_LANGUAGE;
  const remembered = rememberedLanguage();
  if (remembered && remembered !== DEFAULT_LANGUAGE) {
    url.searchParams.set('lang', remembered);
    window.history.replaceState(window.history.state, '', url);
    return remembered;
  }
  return DEFAULT_LANGUAGE;
}

/** Follows `?lang=`: switches the catalogue, remembers the choice, sets <html lang>. */
export function useLanguageFromUrl(): void {
  const search: Record<string, unknown> = useSearch({ strict: false });
  const language = parseLanguage(search.lang) ?? DEFAULT_LANGUAGE;
  const embed = isEmbed(useRouterState({ select: (state) => state.location.pathname }));
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    if (!embed) rememberLanguage(language);
  }, [i18n, language, embed]);
}

/** Links to this page in each language, keeping every other parameter (the filters). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <Link
              to="."
              search={(previous: Record<string, unknown>) => ({
                ...previous,
                lang: serialiseLanguage(language),
              })}
              lang={language}
              hrefLang={language}
              aria-current={i18n.language === language ? 'true' : undefined}
              title={t('language.switchTo', { name: autonym(language) })}
            >
              {autonym(language)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
