// Choosing what to compare: adding and removing ids (at most four), and the picker's groups.
import type { Ecosystem, Location } from '../api/documents';
import { MAX_COMPARE } from './url-state';

/** Adds the id when there is room, or takes it out when it is chosen already. */
export function toggleCompared(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((other) => other !== id);
  return ids.length < MAX_COMPARE ? [...ids, id] : [...ids];
}

export interface PickerGroup<T> {
  locationId: string;
  label: string;
  ecosystems: T[];
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Ecosystems grouped by location (by label), for choosing what to compare; `query` keeps those
 * whose name, place or location holds it, ignoring case and accents.
 */
export function pickerGroups<T extends Pick<Ecosystem, 'id' | 'name' | 'place' | 'locationId'>>(
  ecosystems: readonly T[],
  locationsById: ReadonlyMap<string, Pick<Location, 'label'>>,
  query: string,
): PickerGroup<T>[] {
  const wanted = fold(query.trim());
  const groups = new Map<string, PickerGroup<T>>();
  for (const ecosystem of ecosystems) {
    const label = locationsById.get(ecosystem.locationId)?.label ?? ecosystem.locationId;
    if (wanted && !fold(`${ecosystem.name} ${ecosystem.place} ${label}`).includes(wanted)) continue;
    const group = groups.get(ecosystem.locationId) ?? {
      locationId: ecosystem.locationId,
      label,
      ecosystems: [],
    };
    group.ecosystems.push(ecosystem);
    groups.set(ecosystem.locationId, group);
  }
  const list = [...groups.values()];
  for (const group of list) group.ecosystems.sort((a, b) => a.name.localeCompare(b.name));
  return list.sort((a, b) => a.label.localeCompare(b.label));
}
