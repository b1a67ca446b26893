// A chrome-less map for other sites to frame (the only route the CSP lets them frame).
// Same filter parameters as the explorer: /embed?country=spain.
import { useTranslation } from 'react-i18next';
import { EmbedMap } from '../../features/map/embed-map';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { useFilterState } from '../route-state';
import { stringifySearch } from '../search';

const atlasHref = (search: Record<string, string | undefined>) =>
  `${import.meta.env.BASE_URL}${stringifySearch(search)}`;

export function EmbedPage() {
  const { t } = useTranslation();
  usePageTitle(t('pages.embed.title'));
  const { filters } = useFilterState();
  return (
    <div className="embed">
      <h1 className="visually-hidden">{t('pages.embed.title')}</h1>
      <QueryBoundary
        title={t('pages.load.ecosystemsFailed')}
        loadingLabel={t('pages.load.ecosystemsLoading')}
      >
        <EmbedMap filters={filters} atlasHref={atlasHref} />
      </QueryBoundary>
    </div>
  );
}
