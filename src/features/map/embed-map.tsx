import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerData } from '../../queries/explorer-data';
import { useHighlight } from '../../ui/highlight';
import { useResultText } from '../../ui/result-count';
import { serialiseFilters, type Filters } from '../../domain/url-state';
import { MapStage } from './map-stage';
import './embed-map.css';

/**
 * The map alone for other sites, with the result count and a link back with the filters; the
 * basemap's attribution is the map's own. With a list beside it, the two follow each other.
 */
export function EmbedMap({
  filters,
  atlasHref,
  selectedId,
  onSelect,
}: {
  filters: Filters;
  /** The atlas's address for a search: the page knows how URLs are written. */
  atlasHref: (search: ReturnType<typeof serialiseFilters>) => string;
  selectedId?: string;
  onSelect?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { locations, filtered } = useExplorerData(filters);
  const resultText = useResultText(filtered, locations);
  const highlightedId = useHighlight();
  const href = useMemo(() => atlasHref(serialiseFilters(filters)), [atlasHref, filters]);
  const selected = filtered.some((ecosystem) => ecosystem.id === selectedId)
    ? selectedId
    : undefined;
  return (
    <>
      <div className="embed__map">
        <MapStage
          ecosystems={filtered}
          locations={locations}
          selectedId={selected}
          highlightedId={highlightedId}
          onSelect={onSelect ?? (() => undefined)}
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
