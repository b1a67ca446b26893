import { useExplorerDataIfLoaded } from '../../queries/explorer-data';
import type { Filters } from '../../domain/url-state';
import { useFilterSummary } from '../../ui/filter-summary';
import { useHighlight } from '../../ui/highlight';
import { useResultText } from '../../ui/result-count';
import { useValueAfterPaint } from '../../ui/use-after-paint';
import { MapStage } from './map-stage';

/**
 * The map of the filtered ecosystems. It reads the same filtered set as the list, without
 * waiting for it: the basemap draws while the documents load. It follows a frame after the
 * list and counts, so a click on a filter paints at once.
 */
export function ExplorerMap({
  filters,
  selectedId,
  onSelect,
}: {
  filters: Filters;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const data = useValueAfterPaint(useExplorerDataIfLoaded(filters));
  const highlightedId = useHighlight();
  const result = useResultText(data?.filtered ?? [], data?.locations ?? []);
  const filterSummary = useFilterSummary(filters, data?.locations ?? []);
  const selected = data?.filtered.some((ecosystem) => ecosystem.id === selectedId)
    ? selectedId
    : undefined;
  return (
    <MapStage
      ecosystems={data?.filtered}
      locations={data?.locations ?? []}
      selectedId={selected}
      highlightedId={highlightedId}
      onSelect={onSelect}
      download={data ? { filters, result, filterSummary } : undefined}
    />
  );
}
