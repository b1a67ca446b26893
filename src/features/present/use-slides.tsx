// The slides of presenter mode, built from the filtered data. The page hands in the map, which
// loads MapLibre only when its slide is shown.
import { Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location, StatsDocument } from '../../api/documents';
import { publishedEcosystemCounts } from '../../domain/headline';
import { computeTotals, tallyByRegion } from '../../domain/stats';
import { useFormat } from '../../i18n/format';
import { LazyRegionBars as RegionBars } from '../../ui/charts/lazy-charts';
import { Spinner } from '../../ui/spinner';
import { headlineSlides } from './headline-slides';
import type { Slide } from './presenter';
import { chooseSpotlight, Spotlight } from './spotlight';
import { GrowthSlide } from './slides/growth-slide';
import { ChartSlide, ClosingSlide, TitleSlide } from './slides/text-slides';
import './slides/slide.css';

export function useSlides({
  ecosystems,
  locations,
  stats,
  spotlight,
  now,
  site,
  filtered,
  map,
  mapOf,
  compare,
}: {
  ecosystems: readonly EcosystemSummary[];
  locations: readonly Location[];
  stats: StatsDocument;
  spotlight: string | undefined;
  now: Date;
  /** The site's address as the visitor sees it; empty while prerendering. */
  site: string;
  filtered: boolean;
  /** The map of these ecosystems, for its slide. */
  map: ReactNode;
  /** A map of other ecosystems (the growth slide's year by year). */
  mapOf: (ecosystems: readonly EcosystemSummary[]) => ReactNode;
  /** Ecosystems side by side (`?compare=`), for a slide before the closing one. */
  compare?: ReactNode;
}): Slide[] {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(() => {
    const totals = computeTotals(ecosystems, locations);
    const regions = tallyByRegion(ecosystems, locations);
    // The network's own counts are of the whole network: not beside a filtered view.
    const published = filtered ? [] : publishedEcosystemCounts(stats.network);
    const top = [...regions].sort((a, b) => b.ecosystems - a.ecosystems)[0];
    // Today's date and the site's address exist only in the browser: while prerendering (and
    // hydrating) the title slide shows the data's date alone and the closing slide no address.
    const date = site
      ? new Intl.DateTimeFormat(format.locale, {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }).format(now)
      : '';
    const link = site;
    const spotlightId = chooseSpotlight(ecosystems, spotlight, now);
    const slides: Slide[] = [
      {
        id: 'title',
        title: t('present.title.title'),
        content: (
          <TitleSlide
            title={t('present.title.title')}
            subtitle={stats.network.name}
            date={date}
            asOf={format.partialDate(stats.asOf)}
          />
        ),
      },
      ...headlineSlides(totals, stats.network, filtered, { t, format }),
      {
        id: 'regions',
        title: t('present.regions.title'),
        content: (
          <ChartSlide
            title={t('present.regions.title')}
            takeaway={
              top
                ? t('present.regions.takeaway', {
                    region: t(`labels.region.${top.region}`),
                    ecosystems: top.ecosystems,
                    total: totals.ecosystems,
                  })
                : t('present.regions.none')
            }
          >
            <RegionBars rows={regions} height={460} fontSize={24} />
          </ChartSlide>
        ),
      },
      {
        id: 'growth',
        title: t('present.growth.title'),
        content: (
          <GrowthSlide
            title={t('present.growth.title')}
            ecosystems={ecosystems}
            published={published}
            renderMap={mapOf}
          />
        ),
      },
      {
        id: 'map',
        title: t('present.map.title'),
        content: (
          <ChartSlide
            title={t('present.map.title')}
            takeaway={t('results.summary', {
              ecosystems: t('results.ecosystems', { count: totals.ecosystems }),
              countries: t('results.countries', { count: totals.activeCountries }),
            })}
          >
            <div className="slide__map">{map}</div>
          </ChartSlide>
        ),
      },
      {
        id: 'spotlight',
        title: t('present.spotlight.title'),
        content: spotlightId ? (
          <Suspense fallback={<Spinner />}>
            <Spotlight id={spotlightId} locations={locations} />
          </Suspense>
        ) : (
          <ChartSlide title={t('present.spotlight.title')} takeaway={t('present.spotlight.none')}>
            {null}
          </ChartSlide>
        ),
      },
      ...(compare
        ? [
            {
              id: 'compare',
              title: t('present.compare.title'),
              content: <Suspense fallback={<Spinner />}>{compare}</Suspense>,
            },
          ]
        : []),
      {
        id: 'closing',
        title: t('present.closing.title'),
        content: <ClosingSlide link={link} />,
      },
    ];
    return slides;
  }, [
    ecosystems,
    locations,
    stats,
    spotlight,
    now,
    site,
    filtered,
    map,
    mapOf,
    compare,
    t,
    format,
  ]);
}
