import { useMemo } from 'react';
import { useExplorerDataIfLoaded } from '../../queries/explorer-data';
import { serialiseFilters, type Filters } from '../../domain/url-state';
import { EcosystemCard } from './ecosystem-card';

/** The panel of the ecosystem selected on the map or in the list, while it is in the set. */
export function SelectedCard({
  filters,
  selectedId,
  onClose,
}: {
  filters: Filters;
  selectedId: string | undefined;
  onClose: () => void;
}) {
  const data = useExplorerDataIfLoaded(filters);
  const linkSearch = useMemo(() => serialiseFilters(filters), [filters]);
  const selected = data?.filtered.find((ecosystem) => ecosystem.id === selectedId);
  if (!data || !selected) return null;
  return (
    <EcosystemCard
      ecosystem={selected}
      location={data.locationsById.get(selected.locationId)}
      linkSearch={linkSearch}
      onClose={onClose}
    />
  );
}
