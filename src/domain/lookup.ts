// The lookups built from the API's lists, written once: records by id, one field of each by id,
// and what filtering gatherings needs (each ecosystem's location, each location's region).

/** Each item under its id (the last one wins if two share an id; the data's checks forbid it). */
export function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** One field of each item, under the item's id. */
export function fieldById<T extends { readonly id: string }, K extends keyof T>(
  items: readonly T[],
  key: K,
): Map<string, T[K]> {
  return new Map(items.map((item) => [item.id, item[key]]));
}

/** Where gatherings are: each ecosystem's location and each location's world region. */
export function placesOf<
  E extends { readonly id: string; readonly locationId: string },
  L extends { readonly id: string; readonly region: string },
>(ecosystems: readonly E[], locations: readonly L[]) {
  return {
    locationOf: fieldById(ecosystems, 'locationId'),
    regionOf: fieldById(locations, 'region'),
  };
}
