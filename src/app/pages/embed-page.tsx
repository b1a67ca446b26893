// A chrome-less map for other sites to frame (the only route the CSP lets them frame).
// Same filter parameters as the explorer: /embed?country=spain.
import { EmbedMap } from '../../features/map/embed-map';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { useFilterState } from '../route-state';
import { stringifySearch } from '../search';

const atlasHref = (search: Record<string, string | undefined>) =>
  `${import.meta.env.BASE_URL}${stringifySearch(search)}`;

export function EmbedPage() {
  usePageTitle('Map of digital health ecosystems');
  const { filters } = useFilterState();
  return (
    <div className="embed">
      <h1 className="visually-hidden">Map of digital health ecosystems</h1>
      <QueryBoundary
        title="The ecosystems could not be loaded"
        loadingLabel="Loading the ecosystems…"
      >
        <EmbedMap filters={filters} atlasHref={atlasHref} />
      </QueryBoundary>
    </div>
  );
}
