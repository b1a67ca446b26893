// The slides of presenter mode, built from the filtered data. The page hands in the map, which
// loads MapLibre only when its slide is shown.
import { Suspense, useMemo, type ReactNode } from 'react';
import type { EcosystemSummary, Location, StatsDocument } from '../../api/documents';
import { publishedEcosystemCounts } from '../../domain/headline';
import { REGION_LABELS } from '../../domain/labels';
import { computeTotals, growthByYear, growthSeries, tallyByRegion } from '../../domain/stats';
import { GrowthLines, growthTakeaway } from '../../ui/charts/growth-lines';
import { RegionBars } from '../../ui/charts/region-bars';
import { formatPartialDate } from '../../ui/format';
import { Spinner } from '../../ui/spinner';
import { headlineSlides } from './headline-slides';
import type { Slide } from './presenter';
import { chooseSpotlight, Spotlight } from './spotlight';
import { ChartSlide, ClosingSlide, TitleSlide } from './slides/text-slides';

export function useSlides({
  ecosystems,
  locations,
  stats,
  spotlight,
  now,
  filtered,
  map,
}: {
  ecosystems: readonly EcosystemSummary[];
  locations: readonly Location[];
  stats: StatsDocument;
  spotlight: string | undefined;
  now: Date;
  filtered: boolean;
  /** The map of these ecosystems, for its slide. */
  map: ReactNode;
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
            <div className="slide__map">{map}</div>
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
  }, [ecosystems, locations, stats, spotlight, now, filtered, map]);
}
