// The languages of the interface: one catalogue file each in ./locales (adding a language is
// adding its file). English is the default and is never written to the URL.

/** Loaders for each catalogue: only the active language's file is downloaded. */
export const CATALOGUES = import.meta.glob<{ default: Record<string, unknown> }>(
  './locales/*.json',
);

export const LANGUAGES: readonly string[] = Object.keys(CATALOGUES)
  .map((path) => path.replace(/^.*\/|\.json$/g, ''))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

export const DEFAULT_LANGUAGE = 'en';

/** `?lang=` as a known language, or undefined. */
export function parseLanguage(value: unknown): string | undefined {
  return typeof value === 'string' && LANGUAGES.includes(value) ? value : undefined;
}

/** The query value for a language: the default is left out. */
export const serialiseLanguage = (language: string): string | undefined =>
  language === DEFAULT_LANGUAGE ? undefined : language;

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
    // Private modes may refuse storage: the URL still holds the language.
  }
}
