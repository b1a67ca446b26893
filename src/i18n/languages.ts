// The languages of the interface: one catalogue file each in ./locales (adding a language is
// adding its file). The switcher, the prerender, the page heads, the sitemap and the tests all
// read LANGUAGES. English is the default: unprefixed addresses; the others live under their
// code (`/da/dashboard`, see ./language-path.ts).
import { DEFAULT_LANGUAGE } from './default-language';
import { localizedPath } from './language-path';

export { DEFAULT_LANGUAGE };

/** Loaders for each catalogue: only the active language's file is downloaded. */
export const CATALOGUES = import.meta.glob<{ default: Record<string, unknown> }>(
  './locales/*.json',
);

export const LANGUAGES: readonly string[] = Object.keys(CATALOGUES)
  .map((path) => path.replace(/^.*\/|\.json$/g, ''))
  .sort((a, b) => (a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b)));

/** A value (an old `?lang=` link, a stored choice) as a known language, or undefined. */
export function parseLanguage(value: unknown): string | undefined {
  return typeof value === 'string' && LANGUAGES.includes(value) ? value : undefined;
}

/** The app's root in `language`: BASE_URL, or BASE_URL + "da/". */
export const languageBase = (language: string): string =>
  localizedPath('/', language, import.meta.env.BASE_URL);

/** A language's own name for itself ("dansk"), capitalised as in a menu. */
export function autonym(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

const STORAGE_KEY = 'atlas.language';

/** The language chosen on an earlier visit, if storage can be read. */
export function rememberedLanguage(): string | undefined {
  try {
    return parseLanguage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}

export function rememberLanguage(language: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage: the address still holds the language.
  }
}
