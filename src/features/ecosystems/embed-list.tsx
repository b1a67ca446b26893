import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerData } from '../../queries/explorer-data';
import { serialiseFilters, type Filters } from '../../domain/url-state';
import { setHighlight } from '../../ui/highlight';
import { RegionBoundary } from '../../ui/region-boundary';
import { EcosystemList } from './ecosystem-list';
import './embed-list.css';

/**
 * The list beside an embedded map (`/embed?list=1`): the same filtered ecosystems, synced with
 * the map both ways; each ecosystem's page opens in a new tab, outside the other site's frame.
 */
export function EmbedList({
  filters,
  selectedId,
  onSelect,
}: {
  filters: Filters;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { locationsById, filtered } = useExplorerData(filters);
  const linkSearch = useMemo(() => serialiseFilters(filters), [filters]);
  const selected = filtered.some((ecosystem) => ecosystem.id === selectedId)
    ? selectedId
    : undefined;
  return (
    <section className="embed__list" aria-labelledby="embed-list-title">
      <h2 id="embed-list-title" className="visually-hidden">
        {t('ecosystem.results.title')}
      </h2>
      <RegionBoundary title={t('ecosystem.results.error')}>
        <EcosystemList
          ecosystems={filtered}
          locationsById={locationsById}
          selectedId={selected}
          linkSearch={linkSearch}
          onSelect={onSelect}
          onHighlight={setHighlight}
          embedded
        />
      </RegionBoundary>
    </section>
  );
}
