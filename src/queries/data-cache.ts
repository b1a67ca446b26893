// Work done once per loaded dataset, not once per page that shows it: every page that reads
// the explorer data shares the same placed records and search index.
import type { EcosystemSummary, Location } from '../api/documents';
import { placeEcosystems, type Checked } from '../domain/integrity';
import { buildSearchIndex, type SearchIndex } from '../domain/search';
import { searchWords } from '../i18n/search-words';

const placements = new WeakMap<
  readonly EcosystemSummary[],
  { locations: readonly Location[]; result: Checked<EcosystemSummary> }
>();
const indexes = new WeakMap<readonly EcosystemSummary[], SearchIndex>();

export function placedFor(
  ecosystems: readonly EcosystemSummary[],
  locations: readonly Location[],
): Checked<EcosystemSummary> {
  const cached = placements.get(ecosystems);
  if (cached?.locations === locations) return cached.result;
  const result = placeEcosystems(ecosystems, locations);
  placements.set(ecosystems, { locations, result });
  return result;
}

/** The search index, built the first time a search needs it. */
export function searchIndexFor(
  ecosystems: readonly EcosystemSummary[],
  locations: readonly Location[],
): SearchIndex {
  let index = indexes.get(ecosystems);
  if (!index) {
    // Places, regions and themes by their names in every language of the interface.
    index = buildSearchIndex(ecosystems, locations, searchWords());
    indexes.set(ecosystems, index);
  }
  return index;
}
