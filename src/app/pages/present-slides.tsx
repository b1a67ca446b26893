// The slides of presenter mode, built from the filtered data. The map slide loads MapLibre
// only when it is shown.
import { lazy, Suspense, useMemo } from 'react';
import { useEcosystem } from '../../api/ecosystems';
import type { EcosystemSummary, Location, StatsDocument } from '../../api/documents';
import { REGION_LABELS } from '../../domain/labels';
import { computeTotals, growthByYear, tallyByRegion } from '../../domain/stats';
import { GrowthLines } from '../../features/dashboard/charts/growth-chart';
import { RegionBars } from '../../features/dashboard/charts/region-chart';
import type { Slide } from '../../features/present/presenter';
import { FigureSlide } from '../../features/present/slides/figure-slide';
import { SpotlightSlide } from '../../features/present/slides/spotlight-slide';
import { ChartSlide, ClosingSlide, TitleSlide } from '../../features/present/slides/text-slides';
import { Spinner } from '../../ui/spinner';

const EcosystemMap = lazy(() =>
  import('../../features/map/ecosystem-map').then((module) => ({ default: module.EcosystemMap })),
);

/** The spotlight: the one asked for, else a sourced ecosystem that changes every month. */
export function chooseSpotlight(
  ecosystems: readonly EcosystemSummary[],
  requested: string | undefined,
  now: Date,
): string | undefined {
  if (requested && ecosystems.some((ecosystem) => ecosystem.id === requested)) return requested;
  const pool = ecosystems.filter((ecosystem) => !ecosystem.illustrative);
  const candidates = pool.length > 0 ? pool : ecosystems;
  return candidates[(now.getFullYear() * 12 + now.getMonth()) % Math.max(1, candidates.length)]?.id;
}

function Spotlight({ id, locations }: { id: string; locations: readonly Location[] }) {
  const { ecosystem } = useEcosystem(id);
  const label = locations.find((location) => location.id === ecosystem.locationId)?.label ?? '';
  return <SpotlightSlide ecosystem={ecosystem} locationLabel={label} />;
}

export function useSlides({
  ecosystems,
  locations,
  stats,
  spotlight,
  now,
}: {
  ecosystems: readonly EcosystemSummary[];
  locations: readonly Location[];
  stats: StatsDocument;
  spotlight: string | undefined;
  now: Date;
}): Slide[] {
  return useMemo(() => {
    const totals = computeTotals(ecosystems, locations);
    const regions = tallyByRegion(ecosystems, locations);
    const growth = growthByYear(ecosystems);
    const top = [...regions].sort((a, b) => b.ecosystems - a.ecosystems)[0];
    const first = growth[0];
    const last = growth[growth.length - 1];
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
            asOf={stats.asOf}
          />
        ),
      },
      {
        id: 'members',
        title: 'Member organisations',
        content: (
          <FigureSlide
            label="Member organisations"
            value={totals.memberOrganisations}
            note={`in ${totals.ecosystems} ecosystems`}
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
            note={`${totals.locations} locations of the network`}
          />
        ),
      },
      {
        id: 'meetings',
        title: 'Ecosystem meetings per year',
        content: (
          <FigureSlide
            label="Ecosystem meetings per year"
            value={totals.meetingsPerYear}
            note="every ecosystem meets at least four times a year"
          />
        ),
      },
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
            takeaway={
              first && last
                ? `From ${first.ecosystems} in ${first.year} to ${last.ecosystems} in ${last.year}`
                : 'No ecosystems'
            }
          >
            <GrowthLines rows={growth} height={460} fontSize={24} />
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
        title: 'Ecosystem of the month',
        content: spotlightId ? (
          <Suspense fallback={<Spinner />}>
            <Spotlight id={spotlightId} locations={locations} />
          </Suspense>
        ) : (
          <ChartSlide title="Ecosystem of the month" takeaway="No ecosystem matches these filters">
            {null}
          </ChartSlide>
        ),
      },
      { id: 'closing', title: 'Connect with an ecosystem', content: <ClosingSlide link={link} /> },
    ];
    return slides;
  }, [ecosystems, locations, stats, spotlight, now]);
}
