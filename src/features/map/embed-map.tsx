import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerData } from '../../api/explorer-data';
import { useResultText } from '../../ui/result-count';
import { serialiseFilters, type Filters } from '../../domain/url-state';
import { MapRegion } from './map-region';

/** The map alone for other sites, with the result count and a link back with the filters. */
export function EmbedMap({
  filters,
  atlasHref,
}: {
  filters: Filters;
  /** The atlas's address for a search: the page knows how URLs are written. */
  atlasHref: (search: ReturnType<typeof serialiseFilters>) => string;
}) {
  const { t } = useTranslation();
  const { locations, filtered } = useExplorerData(filters);
  const resultText = useResultText(filtered, locations);
  const href = useMemo(() => atlasHref(serialiseFilters(filters)), [atlasHref, filters]);
  return (
    <>
      <div className="embed__map">
        <MapRegion
          ecosystems={filtered}
          locations={locations}
          selectedId={undefined}
          highlightedId={undefined}
          onSelect={() => undefined}
        />
      </div>
      <div className="embed__bar">
        <p role="status">{resultText}</p>
        <a href={href} target="_blank" rel="noopener">
          {t('map.embed.open', { app: t('app.name') })}
          <span className="visually-hidden"> {t('common.newTab')}</span>
        </a>
      </div>
    </>
  );
}
