import { describe, expect, it } from 'vitest';
import locations from '../../data/locations.json';
import da from './locales/da.json';
import en from './locales/en.json';
import { capitalise, createPlaceNames, type Place } from './place-names';

const danish = createPlaceNames(da.meta.locale, da.places);
const english = createPlaceNames(en.meta.locale, en.places);
const byId = new Map((locations as Place[]).map((location) => [location.id, location]));
const place = (id: string): Place => {
  const found = byId.get(id);
  if (!found) throw new Error(`no location ${id}`);
  return found;
};

describe('place names', () => {
  it('names countries in Danish from their ISO codes', () => {
    expect(
      ['denmark', 'spain', 'germany', 'usa', 'czech-republic'].map((id) => danish.name(place(id))),
    ).toEqual(['Danmark', 'Spanien', 'Tyskland', 'USA', 'Tjekkiet']);
  });

  it('names the nations, Scandinavia and Transylvania from the catalogue', () => {
    expect(
      ['scotland', 'northern-ireland', 'scandinavia', 'transylvania', 'england'].map((id) =>
        danish.name(place(id)),
      ),
    ).toEqual(['Skotland', 'Nordirland', 'Skandinavien', 'Transsylvanien', 'England']);
  });

  it('names every location of the network in both languages, none falling back to its id', () => {
    for (const names of [danish, english]) {
      for (const location of byId.values()) expect(names.name(location)).not.toBe(location.id);
    }
    const danishNames = [...byId.values()].map((location) => danish.name(location));
    expect(danishNames.filter((name, index) => danishNames.indexOf(name) !== index)).toEqual([]);
  });

  it('mends the English slips: the United States in a sentence, Czechia', () => {
    expect(english.name(place('usa'))).toBe('United States');
    expect(english.inText(place('usa'))).toBe('the United States');
    expect(english.inText(place('netherlands'))).toBe('the Netherlands');
    expect(english.name(place('czech-republic'))).toBe('Czechia');
    expect(danish.inText(place('usa'))).toBe('USA');
    expect(capitalise(english.inText(place('usa')), 'en-GB')).toBe('The United States');
  });

  it('keeps the network label for a place neither Intl nor the catalogue knows', () => {
    const unknown: Place = { id: 'atlantis', kind: 'region', iso: ['GR'], label: 'Atlantis' };
    expect(danish.name(unknown)).toBe('Atlantis');
  });

  it('sorts places in Danish alphabetical order: Ø and Å after Z', () => {
    const austria: Place = { id: 'austria', kind: 'country', iso: ['AT'], label: 'Austria' };
    const aland: Place = { id: 'aland', kind: 'country', iso: ['AX'], label: 'Åland Islands' };
    const zambia: Place = { id: 'zambia', kind: 'country', iso: ['ZM'], label: 'Zambia' };
    const list = [austria, aland, zambia, place('spain'), place('scotland'), place('denmark')];
    expect(danish.sort(list).map(danish.name)).toEqual([
      'Danmark',
      'Skotland',
      'Spanien',
      'Zambia',
      'Østrig',
      'Åland',
    ]);
    expect(english.sort(list).map(english.name)).toEqual([
      'Åland Islands',
      'Austria',
      'Denmark',
      'Scotland',
      'Spain',
      'Zambia',
    ]);
  });
});
