// The slides of presenter mode, built from the filtered data. The map slide loads MapLibre
// only when it is shown.
import { lazy, Suspense, useMemo } from 'react';
import { useEcosystem } from '../../api/ecosystems';
import type { EcosystemSummary, Location, StatsDocument, Totals } from '../../api/documents';
import {
  describeCoverage,
  type HEADLINE_METRICS,
  headlineFigure,
  publishedEcosystemCounts,
} from '../../domain/headline';
import { REGION_LABELS } from '../../domain/labels';
import {
  computeTotals,
  growthByYear,
  growthSeries,
  NETWORK_MINIMUM_MEETINGS,
  tallyByRegion,
} from '../../domain/stats';
import { formatCount, formatFigure, formatPartialDate } from '../../ui/format';
import { GrowthLines, growthTakeaway } from '../../features/dashboard/charts/growth-chart';
import { RegionBars } from '../../features/dashboard/charts/region-chart';
import type { Slide } from '../../features/present/presenter';
import { FigureSlide } from '../../features/present/slides/figure-slide';
import { SpotlightSlide } from '../../features/present/slides/spotlight-slide';
import { ChartSlide, ClosingSlide, TitleSlide } from '../../features/present/slides/text-slides';
import { Spinner } from '../../ui/spinner';

const EcosystemMap = lazy(() =>
  import('../../features/map/ecosystem-map').then((module) => ({ default: module.EcosystemMap })),
);

/** The spotlight: the one asked for, else an ecosystem with public details, changing monthly. */
export function chooseSpotlight(
  ecosystems: readonly EcosystemSummary[],
  requested: string | undefined,
  now: Date,
): string | undefined {
  if (requested && ecosystems.some((ecosystem) => ecosystem.id === requested)) return requested;
  const pool = ecosystems.filter((ecosystem) => !ecosystem.placeholder);
  const candidates = pool.length > 0 ? pool : ecosystems;
  return candidates[(now.getFullYear() * 12 + now.getMonth()) % Math.max(1, candidates.length)]?.id;
}

function Spotlight({ id, locations }: { id: string; locations: readonly Location[] }) {
  const { ecosystem } = useEcosystem(id);
  const label = locations.find((location) => location.id === ecosystem.locationId)?.label ?? '';
  return <SpotlightSlide ecosystem={ecosystem} locationLabel={label} />;
}

/** The four headline figure slides: the network's published ones unfiltered, else computed. */
function headlineSlides(
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

export function useSlides({
  ecosystems,
  locations,
  stats,
  spotlight,
  now,
  filtered,
}: {
  ecosystems: readonly EcosystemSummary[];
  locations: readonly Location[];
  stats: StatsDocument;
  spotlight: string | undefined;
  now: Date;
  filtered: boolean;
}): Slide[] {
  return useMemo(() => {
    const totals = computeTotals(ecosystems, locations);
    const regions = tallyByRegion(ecosystems, locations);
    const growth = growthByYear(ecosystems);
    const series = growthSeries(growth, filtered ? [] : publishedEcosystemCounts(stats.network));
    const top = [...regions].sort((a, b) => b.ecosystems - a.ecosystems)[0];
    const date = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(now);
    const link = `${window.location.host}${import.meta.env.BASE_URL}`;
    const spotlightId = chooseSpotlight(ecosystems, spotlight, now);
    const slides: Slide[] = [
      {
        id: 'title',
        title: 'The network in numbers',
        content: (
          <TitleSlide
            title="The network in numbers"
            subtitle={stats.network.name}
            date={date}
            asOf={formatPartialDate(stats.asOf)}
          />
        ),
      },
      ...headlineSlides(totals, stats.network, filtered),
      {
        id: 'regions',
        title: 'Ecosystems by region',
        content: (
          <ChartSlide
            title="Ecosystems by region"
            takeaway={
              top
                ? `${REGION_LABELS[top.region]}: ${top.ecosystems} of ${totals.ecosystems} ecosystems`
                : 'No ecosystems'
            }
          >
            <RegionBars rows={regions} height={460} fontSize={24} />
          </ChartSlide>
        ),
      },
      {
        id: 'growth',
        title: 'Growth over time',
        content: (
          <ChartSlide
            title="Growth over time"
            takeaway={growthTakeaway(series, growth.undated, totals.ecosystems)}
          >
            <GrowthLines rows={series} height={460} fontSize={24} />
          </ChartSlide>
        ),
      },
      {
        id: 'map',
        title: 'Where the ecosystems are',
        content: (
          <ChartSlide
            title="Where the ecosystems are"
            takeaway={`${totals.ecosystems} ecosystems in ${totals.activeCountries} countries`}
          >
            <div className="slide__map">
              <Suspense fallback={<Spinner label="Loading the map…" />}>
                <EcosystemMap
                  ecosystems={ecosystems}
                  locations={locations}
                  selectedId={undefined}
                  highlightedId={undefined}
                  onSelect={() => undefined}
                />
              </Suspense>
            </div>
          </ChartSlide>
        ),
      },
      {
        id: 'spotlight',
        title: 'Ecosystem spotlight',
        content: spotlightId ? (
          <Suspense fallback={<Spinner />}>
            <Spotlight id={spotlightId} locations={locations} />
          </Suspense>
        ) : (
          <ChartSlide title="Ecosystem spotlight" takeaway="No ecosystem matches these filters">
            {null}
          </ChartSlide>
        ),
      },
      { id: 'closing', title: 'Connect with an ecosystem', content: <ClosingSlide link={link} /> },
    ];
    return slides;
  }, [ecosystems, locations, stats, spotlight, now, filtered]);
}
