// Atom feeds of what changed (written by the `feed` package): the whole atlas, new gatherings,
// and one per ecosystem, under /api/v1/feeds/. An entry is one record's change in one commit.
import { Feed } from 'feed';
import type { ChangesDocument, DataChange, FieldChange } from '../../src/api/changes-schema';

export interface FeedContext {
  /** The atlas's public address with its base path, ending with a slash. */
  site: string;
  generatedAt: string;
  /** Entries per feed, newest first. */
  limit?: number;
}

const KIND = {
  ecosystem: 'ecosystem',
  event: 'gathering',
  location: 'location',
  network: 'network',
};
const ACTION = { added: 'Added', changed: 'Changed', removed: 'Removed' };

const show = (value: FieldChange['before']) =>
  value === undefined ? '(none)' : Array.isArray(value) ? value.join(', ') : String(value);

/** The feeds carry HTML (Atom `type="html"`): text from the data is escaped, never markup. */
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "Changed ecosystem: Aragón Health Ecosystem". */
export const entryTitle = (change: DataChange) =>
  `${ACTION[change.action]} ${KIND[change.kind]}: ${change.name}`;

/** Each changed field on a line: "figures.memberOrganisations.value: 10 → 12". */
export function entrySummary(change: DataChange): string {
  if (!change.fields) return entryTitle(change);
  return change.fields
    .map((field) => `${field.field}: ${show(field.before)} → ${show(field.after)}`)
    .join('\n');
}

function pageOf(change: DataChange, site: string): string {
  if (change.kind === 'ecosystem' && change.action !== 'removed')
    return `${site}ecosystems/${change.id}`;
  if (change.kind === 'event' && change.action !== 'removed')
    return `${site}events#gathering-${change.id}`;
  return `${site}changes`;
}

function feedOf(
  title: string,
  file: string,
  changes: readonly DataChange[],
  { site, generatedAt, limit = 100 }: FeedContext,
): string {
  const newest = changes[0]?.date ?? generatedAt;
  const feed = new Feed({
    id: `${site}api/v1/feeds/${file}`,
    title,
    link: `${site}changes`,
    language: 'en',
    updated: new Date(newest),
    generator: 'Ecosystem Atlas',
    feedLinks: { atom: `${site}api/v1/feeds/${file}` },
    copyright: 'Facts from the public sources each record names',
    author: { name: 'Ecosystem Atlas', link: site },
  });
  for (const change of changes.slice(0, limit)) {
    feed.addItem({
      title: html(entryTitle(change)),
      id: `${site}changes#${change.commit}-${change.kind}-${change.id}`,
      link: pageOf(change, site),
      date: new Date(change.date),
      description: entrySummary(change).split('\n').map(html).join('<br />'),
    });
  }
  return feed.atom1();
}

/** The feeds by their path under /api/v1/. */
export function buildFeeds(
  changes: ChangesDocument,
  ecosystems: readonly { id: string; name: string }[],
  context: FeedContext,
): Map<string, string> {
  const all = changes.changes;
  const feeds = new Map<string, string>();
  feeds.set(
    'feeds/atlas.atom',
    feedOf('Ecosystem Atlas: what changed', 'atlas.atom', all, context),
  );
  feeds.set(
    'feeds/gatherings.atom',
    feedOf(
      'Ecosystem Atlas: new gatherings',
      'gatherings.atom',
      all.filter((change) => change.kind === 'event' && change.action === 'added'),
      context,
    ),
  );
  for (const { id, name } of ecosystems) {
    const own = all.filter((change) => change.kind === 'ecosystem' && change.id === id);
    feeds.set(
      `feeds/ecosystems/${id}.atom`,
      feedOf(`Ecosystem Atlas: ${name}`, `ecosystems/${id}.atom`, own, context),
    );
  }
  return feeds;
}
