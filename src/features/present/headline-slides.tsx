import type { TFunction } from 'i18next';
import type { StatsDocument, Totals } from '../../api/documents';
import { coverageKind, type HEADLINE_METRICS, headlineFigure } from '../../domain/headline';
import { NETWORK_MINIMUM_MEETINGS } from '../../domain/stats';
import { figureWordsFor } from '../../i18n/figure-words';
import type { Formatters } from '../../i18n/format';
import type { Slide } from './presenter';
import { FigureSlide } from './slides/figure-slide';

/** The four headline figure slides: the network's published ones unfiltered, else computed. */
export function headlineSlides(
  totals: Totals,
  network: StatsDocument['network'],
  filtered: boolean,
  { t, format }: { t: TFunction; format: Formatters },
): Slide[] {
  const published = (metric: (typeof HEADLINE_METRICS)[number]) =>
    filtered ? undefined : headlineFigure(network, metric);
  const members = published('member-organisations');
  const ecosystems = published('ecosystems');
  const gatherings = published('gatherings-per-year');
  const participants = published('participants');
  const asOf = (figure: { asOf: string | null }) =>
    figure.asOf
      ? t('present.figures.asOf', { date: format.partialDate(figure.asOf) })
      : t('present.figures.noDate');
  const wholeNetwork = (figure: { asOf: string | null }) =>
    t('present.figures.wholeNetwork', { asOf: asOf(figure) });
  const cover = totals.memberOrganisations;
  // The network's figures worded by key in the active language; their sources stay as published.
  const words = figureWordsFor(t);
  const slides: (Slide | false)[] = [
    {
      id: 'members',
      title: t('present.figures.members.title'),
      content: members ? (
        <FigureSlide
          label={words.label(members)}
          value={members.value}
          display={words.published(members)}
          note={wholeNetwork(members)}
          source={members.source}
        />
      ) : (
        <FigureSlide
          label={t('present.figures.members.label')}
          value={cover.total}
          display={
            cover.covered === 0
              ? t('present.figures.members.notPublished')
              : words.word(cover.qualifier, cover.total)
          }
          note={t('present.figures.members.note', {
            coverage: t(`coverage.${coverageKind(cover)}`, {
              count: cover.of,
              covered: cover.covered,
            }),
          })}
        />
      ),
    },
    {
      id: 'countries',
      title: t('present.figures.countries.title'),
      content: (
        <FigureSlide
          label={t('present.figures.countries.label')}
          value={totals.activeCountries}
          note={t('present.figures.countries.note', { count: totals.locations })}
        />
      ),
    },
    {
      id: 'meetings',
      title: gatherings ? words.label(gatherings) : t('present.figures.meetings.title'),
      content: gatherings ? (
        <FigureSlide
          label={words.label(gatherings)}
          value={gatherings.value}
          display={words.published(gatherings)}
          note={wholeNetwork(gatherings)}
          source={gatherings.source}
        />
      ) : (
        <FigureSlide
          label={t('present.figures.meetings.label')}
          value={totals.meetingsPerYearMinimum}
          display={t('present.figures.meetings.value', { value: totals.meetingsPerYearMinimum })}
          note={t('present.figures.meetings.note', {
            minimum: NETWORK_MINIMUM_MEETINGS,
            count: totals.ecosystems,
          })}
        />
      ),
    },
    {
      id: 'ecosystems',
      title: t('present.figures.ecosystems.title'),
      content: ecosystems ? (
        <FigureSlide
          label={words.label(ecosystems)}
          value={ecosystems.value}
          display={words.published(ecosystems)}
          note={t('present.figures.ecosystems.published', {
            asOf: asOf(ecosystems),
            count: totals.ecosystems,
          })}
          source={ecosystems.source}
        />
      ) : (
        <FigureSlide
          label={t('present.figures.ecosystems.label')}
          value={totals.ecosystems}
          note={t('present.figures.ecosystems.note', {
            published: totals.ecosystems - totals.placeholders,
            placeholders: totals.placeholders,
          })}
        />
      ),
    },
    participants !== undefined && {
      id: 'participants',
      title: words.label(participants),
      content: (
        <FigureSlide
          label={words.label(participants)}
          value={participants.value}
          display={words.published(participants)}
          note={wholeNetwork(participants)}
          source={participants.source}
        />
      ),
    },
  ];
  return slides.filter((slide): slide is Slide => slide !== false);
}
