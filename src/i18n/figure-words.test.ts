import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import network from '../../data/network.json';
import da from './locales/da.json';
import en from './locales/en.json';
import { type FigureWords, figureWordsFor } from './figure-words';
import { publishedWording, sumWording } from './figure-wording';

async function tFor(language: 'en' | 'da'): Promise<TFunction> {
  const instance = createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: en }, da: { translation: da } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const figure = (id: string) => {
  const found = network.figures.find((item) => item.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found as Parameters<FigureWords['label']>[0] & Parameters<FigureWords['published']>[0];
};

describe('the wording of a sum', () => {
  it('"at least" plus "about" reads "more than"', () => {
    expect(sumWording(['at-least', 'about', 'at-least', 'exact'])).toBe('more-than');
  });
  it('keeps "about", "at least" and exact when the parts agree', () => {
    expect(sumWording(['about', 'exact'])).toBe('about');
    expect(sumWording(['at-least', 'exact'])).toBe('at-least');
    expect(sumWording(['exact', 'exact'])).toBe('exact');
    expect(sumWording([])).toBe('exact');
  });
});

describe('the wording a source chose', () => {
  it('reads it from the English display', () => {
    expect(publishedWording({ qualifier: 'at-least', display: 'more than 600' })).toBe('more-than');
    expect(publishedWording({ qualifier: 'at-least', display: 'over 50' })).toBe('more-than');
    expect(publishedWording({ qualifier: 'at-least', display: '90+' })).toBe('plus');
    expect(publishedWording({ qualifier: 'about', display: 'about 3 billion' })).toBe('about');
    expect(publishedWording({ qualifier: 'exact', display: 'three' })).toBe('exact');
  });
});

describe('figures by key in both languages', () => {
  let danish: FigureWords;
  let english: FigureWords;
  beforeAll(async () => {
    danish = figureWordsFor(await tFor('da'));
    english = figureWordsFor(await tFor('en'));
  });

  it('words the headline figures in Danish, numbers in Danish', () => {
    const members = figure('member-organisations');
    expect(danish.label(members)).toBe('Medlemsorganisationer i ECHAlliance');
    expect(danish.published(members)).toBe('mere end 600');
    expect(danish.published(figure('participants'))).toBe('17.000+');
    expect(danish.published(figure('people-with-cwcdh-2018'))).toBe('ca. 3 milliarder');
    expect(danish.sum(880, ['at-least', 'about'])).toBe('mere end 880');
  });

  it('words them in English as their sources do', () => {
    expect(english.published(figure('member-organisations'))).toBe('more than 600');
    expect(english.published(figure('ecosystems-2025'))).toBe('90+');
    expect(english.published(figure('ecosystems-2020'))).toBe('more than 50');
    expect(english.published(figure('participants'))).toBe('17,000+');
    expect(english.sum(880, ['at-least', 'about'])).toBe('more than 880');
  });

  it('falls back to the metric, then to the record’s English label', () => {
    const unlisted = {
      id: 'not-in-catalogue',
      metric: 'ecosystems',
      label: 'Ecosystems in 2030',
    } as const;
    expect(danish.label(unlisted)).toBe('Økosystemer');
    const other = { id: 'not-in-catalogue', metric: 'other', label: 'Something else' } as const;
    expect(danish.label(other)).toBe('Something else');
    expect(danish.labelIsEnglish(other)).toBe(true);
  });

  it('has a Danish label for every figure the network publishes', () => {
    // By its own key, not only by its metric: "Member organisations of ECHAlliance" is not the
    // same claim as "Member organisations".
    const missing = network.figures.filter((item) => !(item.id in da.figures.label));
    expect(missing.map((item) => item.id)).toEqual([]);
    expect(network.figures.filter((item) => !(item.id in en.figures.label))).toEqual([]);
    for (const item of network.figures)
      expect(danish.label(item as never), item.id).not.toBe(item.label);
  });
});
