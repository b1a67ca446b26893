// The chosen ecosystems in full, their gatherings and the rows that set them side by side.
import { useSuspenseQueries, type UseSuspenseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Ecosystem } from '../../api/documents';
import { ecosystemQuery, useEcosystems } from '../../api/ecosystems';
import { useEvents } from '../../api/events';
import { useLocations } from '../../api/locations';
import { COMPARE_ROWS, compareRows, type CompareRowKey } from '../../domain/compare';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import { byId } from '../../domain/lookup';

// Outside the component, so the query keeps the combined list while the records are unchanged.
const records = (results: UseSuspenseQueryResult<{ ecosystem: Ecosystem }>[]) =>
  results.map((result) => result.data.ecosystem);

/** Only ids the atlas knows: a stale link never asks for a record that is not there. */
export function useKnownIds(ids: readonly string[]): string[] {
  const { ecosystems } = useEcosystems();
  return useMemo(() => {
    const known = new Set(ecosystems.map((ecosystem) => ecosystem.id));
    return ids.filter((id) => known.has(id));
  }, [ecosystems, ids]);
}

export function useComparison(
  ids: readonly string[],
  keys: readonly CompareRowKey[] = COMPARE_ROWS,
) {
  const ecosystems = useSuspenseQueries({
    queries: ids.map((id) => ecosystemQuery(id)),
    combine: records,
  });
  const { events } = useEvents();
  const { locations } = useLocations();
  const names = useEcosystemNames();
  const rows = useMemo(() => {
    const locationsById = byId(locations);
    // Locations named in the visitor's language once the rows are set (the domain compares
    // each record's place with the network's English label).
    return compareRows(ecosystems, { locationsById, events }, keys).map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        const location = cell.kind === 'location' ? locationsById.get(cell.locationId) : undefined;
        return location ? { ...cell, label: names.places.name(location) } : cell;
      }),
    }));
  }, [ecosystems, locations, events, keys, names]);
  // A placeholder is called after its location in the visitor's language.
  const named = useMemo(
    () =>
      ecosystems.map((ecosystem) => {
        const location = locations.find((candidate) => candidate.id === ecosystem.locationId);
        return ecosystem.placeholder
          ? { ...ecosystem, name: names.name(ecosystem, location) }
          : ecosystem;
      }),
    [ecosystems, locations, names],
  );
  return { ecosystems: named, rows, locations };
}
