// What each page's share card shows, in the page's language: an ecosystem's name, place and
// one sourced figure with its source's name; the dashboard's headline figure with its date; the
// map of every ecosystem for the explorer; the page's title elsewhere. Only sourced values.
import { createPlaceNames, type Place, type PlaceWords } from '../../src/i18n/place-names';
import type { CardContent } from './share-card';

export interface CardWords {
  meta: { locale: string };
  app: { name: string };
  format: { atLeast: string; about: string };
  places: PlaceWords;
  shareCard: Record<
    | 'members'
    | 'meetings'
    | 'participants'
    | 'joined'
    | 'source'
    | 'dated'
    | 'mapTitle'
    | 'mapSubtitle',
    string
  >;
}
interface FigureValue {
  value: number;
  qualifier: 'exact' | 'at-least' | 'about';
  source: string;
}
export interface EcosystemRecord {
  name: string;
  locationId: string;
  place?: string;
  figures?: Partial<
    Record<'memberOrganisations' | 'meetingsPerYear' | 'participants', FigureValue>
  >;
  joinedNetwork?: { date: string; source: string };
  sources?: { id: string; title: string }[];
}
export interface HeadlineFigure {
  label: string;
  display: string;
  asOf: string | null;
  source: { title: string };
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/{{\s*(\w+)(?:,\s*\w+)?\s*}}/g, (_m, key: string) => values[key] ?? '');

function partialDate(date: string, locale: string): string {
  const [year = 0, month, day] = date.split('-').map(Number);
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    ...(month ? { month: 'short' } : {}),
    ...(day ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(at);
}

export function ecosystemCard(
  ecosystem: EcosystemRecord,
  location: (Partial<Place> & { id: string; label: string }) | undefined,
  words: CardWords,
): CardContent {
  const { locale } = words.meta;
  const number = new Intl.NumberFormat(locale);
  const where =
    location?.kind && location.iso
      ? createPlaceNames(locale, words.places).name({
          ...location,
          kind: location.kind,
          iso: location.iso,
        })
      : (location?.label ?? ecosystem.locationId);
  const subtitle =
    ecosystem.place && ecosystem.place !== location?.label
      ? `${where} · ${ecosystem.place}`
      : where;
  const sourceName = (id: string) => ecosystem.sources?.find((source) => source.id === id)?.title;
  const keys = ['memberOrganisations', 'meetingsPerYear', 'participants'] as const;
  const labels = {
    memberOrganisations: 'members',
    meetingsPerYear: 'meetings',
    participants: 'participants',
  } as const;
  for (const key of keys) {
    const figure = ecosystem.figures?.[key];
    const source = figure && sourceName(figure.source);
    if (!figure || !source) continue;
    const value = number.format(figure.value);
    const shown =
      figure.qualifier === 'at-least'
        ? fill(words.format.atLeast, { value })
        : figure.qualifier === 'about'
          ? fill(words.format.about, { value })
          : value;
    return {
      kicker: words.app.name,
      title: ecosystem.name,
      subtitle,
      figure: {
        value: shown,
        label: words.shareCard[labels[key]],
        source: fill(words.shareCard.source, { title: source }),
      },
    };
  }
  const joined = ecosystem.joinedNetwork;
  const joinedSource = joined && sourceName(joined.source);
  return {
    kicker: words.app.name,
    title: ecosystem.name,
    subtitle,
    ...(joined && joinedSource
      ? {
          figure: {
            value: partialDate(joined.date, locale),
            label: words.shareCard.joined,
            source: fill(words.shareCard.source, { title: joinedSource }),
          },
        }
      : {}),
  };
}

export function dashboardCard(
  title: string,
  figure: HeadlineFigure | undefined,
  label: string,
  words: CardWords,
): CardContent {
  return {
    kicker: words.app.name,
    title,
    ...(figure
      ? {
          figure: {
            value: figure.display,
            label: figure.asOf
              ? fill(words.shareCard.dated, {
                  label,
                  date: partialDate(figure.asOf, words.meta.locale),
                })
              : label,
            source: fill(words.shareCard.source, { title: figure.source.title }),
          },
        }
      : {}),
  };
}

export function mapCard(
  points: readonly (readonly [number, number])[],
  words: CardWords,
): CardContent {
  return {
    kicker: words.app.name,
    title: words.shareCard.mapTitle,
    subtitle: fill(words.shareCard.mapSubtitle, {
      count: new Intl.NumberFormat(words.meta.locale).format(points.length),
    }),
    points,
  };
}

export const pageCard = (title: string, words: CardWords): CardContent => ({
  kicker: words.app.name,
  title,
});

/** The documents the cards read, from the built API. */
export interface CardData {
  locations: (Partial<Place> & { id: string; label: string })[];
  /** The summaries' map points. */
  points: (readonly [number, number])[];
  headline: HeadlineFigure & { id: string };
}

/** The card of one prerendered page. */
export function cardFor(
  route: string,
  page: { title: string; ecosystem: Record<string, unknown> | undefined },
  data: CardData,
  words: CardWords & { figures?: { label?: Record<string, string> } },
): CardContent {
  // The kicker names the atlas: the title goes without its " · Ecosystem Atlas".
  const title = page.title.replace(new RegExp(`\\s*·\\s*${words.app.name}$`), '') || page.title;
  if (page.ecosystem) {
    const ecosystem = page.ecosystem as unknown as EcosystemRecord;
    const location = data.locations.find((candidate) => candidate.id === ecosystem.locationId);
    return ecosystemCard(ecosystem, location, words);
  }
  if (route === '/') return mapCard(data.points, words);
  if (route === '/dashboard') {
    const label = words.figures?.label?.[data.headline.id] ?? data.headline.label;
    return dashboardCard(title, data.headline, label, words);
  }
  return pageCard(title, words);
}
