import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventSource } from '../api/event-schema';
import { BOM, ecosystemsCsv, eventsCsv, toCsv } from './csv';
import { ECOSYSTEM_FIELDS, EVENT_FIELDS, exportFileStem } from './export-record';
import { LOCATIONS, members, summary } from './test-data';
import { EMPTY_FILTERS } from './url-filters';

const context = {
  locationsById: new Map(LOCATIONS.map((location) => [location.id, location])),
  atlasUrl: (id: string) => `https://atlas.example/ecosystems/${id}`,
};

/** The CSV without its BOM, split into lines by CRLF. */
const lines = (csv: string) => csv.slice(BOM.length).split('\r\n');

describe('toCsv', () => {
  const one = (value: string) => toCsv(['value'], [{ value }]);

  it('starts with a UTF-8 byte order mark and a header row, with CRLF line ends', () => {
    const csv = toCsv(['a', 'b'], [{ a: 'x', b: 1 }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.codePointAt(0)).toBe(0xfeff);
    expect(lines(csv)).toEqual(['a,b', 'x,1']);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes a cell with a comma, doubles quotes, keeps a line break inside quotes', () => {
    expect(lines(one('Health, Care'))[1]).toBe('"Health, Care"');
    expect(lines(one('The "Hub"'))[1]).toBe('"The ""Hub"""');
    const csv = one('line one\nline two');
    expect(csv.slice(BOM.length)).toBe('value\r\n"line one\nline two"');
  });

  it.each([
    ['=', '=HYPERLINK("https://evil.example")'],
    ['+', '+1+2'],
    ['-', '-2+3'],
    ['@', '@SUM(A1)'],
    ['tab', '\t=1'],
    ['carriage return', '\r=1'],
  ])('makes a text cell starting with %s inert: a quote before it, the cell quoted', (_, value) => {
    const cell = lines(one(value)).slice(1).join('\r\n');
    expect(cell).toBe(`"'${value.replace(/"/g, '""')}"`);
  });

  it('escapes a leading = also when the cell holds a line break (papaparse alone does not)', () => {
    const csv = one('=1+1\ncmd');
    expect(csv.slice(BOM.length)).toBe(`value\r\n"'=1+1\ncmd"`);
  });

  it('escapes a name with a comma, a quote, a newline and a leading =, and reads back', () => {
    const name = '=Spain, "North"\nand South';
    const csv = toCsv(['name'], [{ name }]);
    const parsed = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n', delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([['name'], [`'${name}`]]);
  });

  it('writes numbers as numbers, negative ones unprefixed; text "-5" is prefixed', () => {
    expect(lines(toCsv(['n'], [{ n: -5 }]))[1]).toBe('-5');
    expect(lines(toCsv(['n'], [{ n: -3.7038 }]))[1]).toBe('-3.7038');
    expect(lines(one('-5'))[1]).toBe(`"'-5"`);
  });

  it('writes null as an empty cell and booleans as yes / no', () => {
    expect(lines(toCsv(['a', 'b', 'c'], [{ a: null, b: true, c: false }]))[1]).toBe(',yes,no');
  });
});

describe('ecosystemsCsv', () => {
  it('has the documented header and one row per ecosystem, blank where nothing is published', () => {
    const ecosystems = [
      summary('basque', 'spain', { ...members(110, 'at-least'), name: 'Basque, Health' }),
      summary('belgium', 'scandinavia', { placeholder: true, category: undefined }),
    ];
    const parsed = Papa.parse<Record<string, string>>(
      ecosystemsCsv(ecosystems, context).slice(BOM.length),
      { header: true },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...ECOSYSTEM_FIELDS]);
    expect(parsed.data).toHaveLength(2);
    const [basque, belgium] = parsed.data;
    expect(basque).toMatchObject({
      id: 'basque',
      name: 'Basque, Health',
      location_id: 'spain',
      location_label: 'Spain',
      country_codes: 'ES',
      world_region: 'europe',
      latitude: '55.987654321',
      longitude: '10.123456789',
      member_organisations: '110',
      member_organisations_qualifier: 'at-least',
      member_organisations_source_url: 'https://example.org/page',
      meetings_per_year: '',
      founded: '',
      website: '',
      atlas_url: 'https://atlas.example/ecosystems/basque',
      placeholder: 'no',
    });
    expect(belgium).toMatchObject({
      country_codes: 'DK NO SE',
      category: '',
      member_organisations: '',
      member_organisations_source_url: '',
      placeholder: 'yes',
    });
  });
});

describe('eventsCsv', () => {
  it('has one row per gathering with its hosts and sources', () => {
    const event: EventSource = {
      id: 'kick-off',
      title: 'Kick-off, in Odense',
      start: '2017-04-24',
      place: 'Odense',
      locationId: 'denmark',
      hosts: ['a', 'b', 'unknown'],
      sources: [
        {
          id: 's',
          title: 'T',
          url: 'https://example.org/s',
          published: null,
          accessed: '2026',
          verified: '2026',
        },
      ],
    };
    const names = new Map([
      ['a', 'Ecosystem A'],
      ['b', 'Ecosystem B'],
    ]);
    const parsed = Papa.parse<Record<string, string>>(
      eventsCsv([event], {
        locationsById: context.locationsById,
        nameOf: (id) => names.get(id),
      }).slice(BOM.length),
      { header: true },
    );
    expect(parsed.meta.fields).toEqual([...EVENT_FIELDS]);
    expect(parsed.data).toEqual([
      expect.objectContaining({
        id: 'kick-off',
        title: 'Kick-off, in Odense',
        end: '',
        location_label: 'Denmark',
        host_ids: 'a b unknown',
        host_names: 'Ecosystem A; Ecosystem B',
        source_urls: 'https://example.org/s',
      }),
    ]);
  });
});

describe('exportFileStem', () => {
  const none = EMPTY_FILTERS;
  it('says what the file holds', () => {
    expect(exportFileStem(none)).toBe('all');
    expect(exportFileStem({ ...none, countries: ['spain'] })).toBe('spain');
    expect(
      exportFileStem({ ...none, countries: ['spain', 'denmark'], themes: ['telehealth'] }),
    ).toBe('spain-denmark-telehealth');
    expect(exportFileStem({ ...none, q: 'Ageing & Care' })).toBe('search-ageing-care');
    expect(exportFileStem({ ...none, q: '健康' })).toBe('search');
    expect(
      exportFileStem({ ...none, countries: Array<string>(20).fill('republic-of-ireland') }),
    ).toBe('filtered');
    // Up to 60 characters the name says it all; one more and it says "filtered".
    const sixty = ['a'.repeat(29), 'b'.repeat(30)];
    expect(exportFileStem({ ...none, countries: sixty })).toBe(sixty.join('-'));
    expect(exportFileStem({ ...none, countries: ['a'.repeat(29), 'b'.repeat(31)] })).toBe(
      'filtered',
    );
  });
});
