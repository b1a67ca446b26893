// @vitest-environment jsdom
// The Atom feeds parse as XML (jsdom's parser) in the Atom namespace, and list their entries.
import { describe, expect, it } from 'vitest';
import type { ChangesDocument } from '../../src/api/changes-schema';
import { buildFeeds } from './feeds';

const ATOM = 'http://www.w3.org/2005/Atom';
const changes: ChangesDocument = {
  apiVersion: 'v1',
  generatedAt: '2026-12-02T00:00:00.000Z',
  history: 'available',
  total: 3,
  changes: [
    {
      date: '2026-11-20T10:00:00+00:00',
      commit: 'abcdef123456',
      kind: 'ecosystem',
      action: 'changed',
      id: 'alpha',
      name: 'Alpha & Omega <Ecosystem>',
      fields: [{ field: 'figures.memberOrganisations.value', before: 10, after: 12 }],
    },
    {
      date: '2026-11-10T10:00:00+00:00',
      commit: 'abcdef000000',
      kind: 'event',
      action: 'added',
      id: 'meeting-1',
      name: 'First meeting',
    },
    {
      date: '2026-11-01T10:00:00+00:00',
      commit: 'abcdef111111',
      kind: 'ecosystem',
      action: 'added',
      id: 'beta',
      name: 'Beta',
    },
  ],
};

/** What a feed reader shows of an Atom `type="html"` text. */
const shown = (text: string | null | undefined) =>
  new DOMParser().parseFromString(text ?? '', 'text/html').body.textContent;

function parse(xml: string) {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(document.documentElement.namespaceURI).toBe(ATOM);
  expect(document.documentElement.localName).toBe('feed');
  const entries = [...document.getElementsByTagNameNS(ATOM, 'entry')];
  return {
    title: document.documentElement.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent,
    entries: entries.map((entry) => ({
      title: shown(entry.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent),
      link: entry.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href'),
      updated: entry.getElementsByTagNameNS(ATOM, 'updated')[0]?.textContent,
      summary: shown(entry.getElementsByTagNameNS(ATOM, 'summary')[0]?.textContent),
    })),
  };
}

describe('Atom feeds', () => {
  const site = 'https://atlas.example.org/';
  const feeds = buildFeeds(
    changes,
    [
      { id: 'alpha', name: 'Alpha & Omega <Ecosystem>' },
      { id: 'gamma', name: 'Gamma' },
    ],
    { site, generatedAt: changes.generatedAt },
  );

  it('writes the whole atlas, new gatherings, and one per ecosystem', () => {
    expect([...feeds.keys()]).toEqual([
      'feeds/atlas.atom',
      'feeds/gatherings.atom',
      'feeds/ecosystems/alpha.atom',
      'feeds/ecosystems/gamma.atom',
    ]);
  });

  it('lists every change in the atlas feed, newest first, with its page and date', () => {
    const feed = parse(feeds.get('feeds/atlas.atom') ?? '');
    expect(feed.entries.map((entry) => entry.title)).toEqual([
      'Changed ecosystem: Alpha & Omega <Ecosystem>',
      'Added gathering: First meeting',
      'Added ecosystem: Beta',
    ]);
    expect(feed.entries[0]).toMatchObject({
      link: `${site}ecosystems/alpha`,
      updated: '2026-11-20T10:00:00.000Z',
      summary: 'figures.memberOrganisations.value: 10 → 12',
    });
  });

  it('lists only new gatherings, and only its own changes per ecosystem', () => {
    const gatherings = parse(feeds.get('feeds/gatherings.atom') ?? '');
    expect(gatherings.entries.map((entry) => entry.link)).toEqual([
      `${site}events#gathering-meeting-1`,
    ]);
    const alpha = parse(feeds.get('feeds/ecosystems/alpha.atom') ?? '');
    expect(alpha.title).toBe('Ecosystem Atlas: Alpha & Omega <Ecosystem>');
    expect(alpha.entries).toHaveLength(1);
    // A feed with no changes yet is still a valid feed.
    expect(parse(feeds.get('feeds/ecosystems/gamma.atom') ?? '').entries).toEqual([]);
  });
});
