// Every catalogue has the same keys as the English one, the same {{placeholders}} and the
// same <tags> in each message, and no empty message: adding a language is adding one file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_FILTERS, type AnyListFilter } from '../domain/list-filters';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [inner, text] of flatten(value, path)) result.set(inner, text);
  }
  return result;
}

const DIR = path.resolve('src/i18n/locales');
const catalogues = new Map(
  readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [
      name.replace('.json', ''),
      flatten(JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Tree),
    ]),
);
const english = catalogues.get('en') ?? new Map<string, string>();
/** Keys without their plural suffix: languages may need other plural forms than English. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('include English and Danish', () => {
    expect([...catalogues.keys()].sort()).toEqual(expect.arrayContaining(['da', 'en']));
  });

  for (const [language, catalogue] of catalogues) {
    if (language === 'en') continue;
    it(`${language} has exactly the keys of en`, () => {
      const ours = new Set([...catalogue.keys()].map(base));
      const theirs = new Set([...english.keys()].map(base));
      expect([...theirs].filter((key) => !ours.has(key))).toEqual([]);
      expect([...ours].filter((key) => !theirs.has(key))).toEqual([]);
    });

    it(`${language} has every plural form its language needs`, () => {
      const rules = new Intl.PluralRules(language);
      const forms = rules.resolvedOptions().pluralCategories;
      const plurals = new Set([...english.keys()].filter((key) => key !== base(key)).map(base));
      for (const key of plurals) {
        for (const form of forms)
          expect(catalogue.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
      }
    });

    it(`${language} keeps each message's placeholders and tags`, () => {
      for (const [key, text] of catalogue) {
        const source = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
        expect(placeholders(text), key).toEqual(placeholders(source));
        expect(tags(text), key).toEqual(tags(source));
      }
    });
  }

  it('has no empty message', () => {
    for (const [language, catalogue] of catalogues) {
      for (const [key, text] of catalogue) expect(text.trim(), `${language}: ${key}`).not.toBe('');
    }
  });
});

describe('the list filters', () => {
  it.each(LIST_FILTERS.map((filter: AnyListFilter) => [filter.param, filter] as const))(
    '?%s= has its title and a label per option in every catalogue',
    (_param, filter) => {
      for (const [language, catalogue] of catalogues) {
        expect(catalogue.get(filter.titleKey), language).toEqual(expect.any(String));
        const labels = filter.options.map((option) => catalogue.get(filter.labelKey(option)));
        for (const label of labels) expect(label, language).toEqual(expect.any(String));
        expect(new Set(labels).size, language).toBe(filter.options.length);
      }
    },
  );
});
