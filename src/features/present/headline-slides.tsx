import type { StatsDocument, Totals } from '../../api/documents';
import { describeCoverage, type HEADLINE_METRICS, headlineFigure } from '../../domain/headline';
import { NETWORK_MINIMUM_MEETINGS } from '../../domain/stats';
import { formatCount, formatFigure, formatPartialDate } from '../../ui/format';
import type { Slide } from './presenter';
import { FigureSlide } from './slides/figure-slide';

/** The four headline figure slides: the network's published ones unfiltered, else computed. */
export function headlineSlides(
  totals: Totals,
  network: StatsDocument['network'],
  filtered: boolean,
): Slide[] {
  const published = (metric: (typeof HEADLINE_METRICS)[number]) =>
    filtered ? undefined : headlineFigure(network, metric);
  const members = published('member-organisations');
  const ecosystems = published('ecosystems');
  const gatherings = published('gatherings-per-year');
  const participants = published('participants');
  const asOf = (figure: { asOf: string | null }) =>
    figure.asOf ? `as of ${formatPartialDate(figure.asOf)}` : 'the page gives no date';
  const cover = totals.memberOrganisations;
  const slides: (Slide | false)[] = [
    {
      id: 'members',
      title: 'Member organisations',
      content: members ? (
        <FigureSlide
          label={members.label}
          value={members.value}
          display={members.display}
          note={`The whole network, ${asOf(members)}`}
          source={members.source}
        />
      ) : (
        <FigureSlide
          label="Member organisations"
          value={cover.total}
          display={
            cover.covered === 0
              ? 'Not published'
              : formatFigure({ value: cover.total, qualifier: cover.qualifier })
          }
          note={`Organisations ${describeCoverage(cover)}`}
        />
      ),
    },
    {
      id: 'countries',
      title: 'Active countries',
      content: (
        <FigureSlide
          label="Active countries"
          value={totals.activeCountries}
          note={`${totals.locations} locations of the network's list, counted from the atlas`}
        />
      ),
    },
    {
      id: 'meetings',
      title: gatherings ? gatherings.label : 'Ecosystem meetings per year',
      content: gatherings ? (
        <FigureSlide
          label={gatherings.label}
          value={gatherings.value}
          display={gatherings.display}
          note={`The whole network, ${asOf(gatherings)}`}
          source={gatherings.source}
        />
      ) : (
        <FigureSlide
          label="Ecosystem meetings per year"
          value={totals.meetingsPerYearMinimum}
          display={`at least ${formatCount(totals.meetingsPerYearMinimum)}`}
          note={`${NETWORK_MINIMUM_MEETINGS} meetings a year for each of ${totals.ecosystems} ecosystems: the network's minimum`}
        />
      ),
    },
    {
      id: 'ecosystems',
      title: 'Ecosystems',
      content: ecosystems ? (
        <FigureSlide
          label={ecosystems.label}
          value={ecosystems.value}
          display={ecosystems.display}
          note={`The whole network, ${asOf(ecosystems)}; ${totals.ecosystems} have a record in this atlas`}
          source={ecosystems.source}
        />
      ) : (
        <FigureSlide
          label="Ecosystems in the atlas"
          value={totals.ecosystems}
          note={`${totals.ecosystems - totals.placeholders} with public details, ${totals.placeholders} not yet public`}
        />
      ),
    },
    participants !== undefined && {
      id: 'participants',
      title: participants.label,
      content: (
        <FigureSlide
          label={participants.label}
          value={participants.value}
          display={participants.display}
          note={`The whole network, ${asOf(participants)}`}
          source={participants.source}
        />
      ),
    },
  ];
  return slides.filter((slide): slide is Slide => slide !== false);
}
