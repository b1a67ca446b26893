// `virtual:search-words`: the few sections of each interface catalogue the search index needs
// (the locale, the region and theme labels, the place names), read at build time. Importing
// the catalogues themselves would put every language's whole catalogue in every page's
// scripts (Vite keeps a JSON file whole), about 11 kB gzip per language.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:search-words';
const RESOLVED = `\0${ID}`;
const LOCALES = path.resolve('src/i18n/locales');

/** Each language's search sections, keyed by its catalogue's name (`da`, `en`). */
export function searchSections(folder = LOCALES): Record<string, unknown> {
  const sections: Record<string, unknown> = {};
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const { meta, labels, places } = JSON.parse(
      readFileSync(path.join(folder, file), 'utf8'),
    ) as Record<string, unknown>;
    sections[file.replace(/\.json$/, '')] = { meta, labels, places };
  }
  return sections;
}

export function searchWordsPlugin(): Plugin {
  return {
    name: 'atlas-search-words',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of readdirSync(LOCALES)) this.addWatchFile(path.join(LOCALES, file));
      return `export default ${JSON.stringify(searchSections())};`;
    },
  };
}
