// A chrome-less map for other sites to frame (with the chart embeds, the only routes the CSP
// lets them frame). Same filter parameters as the explorer, and `?list=1` for the list beside
// the map: /embed?country=spain&list=1, in Danish /da/embed?country=spain.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { EmbedList } from '../../features/ecosystems/embed-list';
import { EmbedMap } from '../../features/map/embed-map';
import { useEmbedMessages } from '../../features/share/use-embed-messages';
import { languageBase } from '../../i18n/languages';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../queries/query-boundary';
import { useEmbedParams, useFilterState, useSelection } from '../route-state';
import { stringifySearch } from '../search';
import './embed-page.css';

export function EmbedPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('pages.embed.title'));
  const { filters } = useFilterState();
  const { list } = useEmbedParams();
  const { selectedId, select } = useSelection();
  useEmbedMessages(filters, selectedId);
  const atlasHref = useCallback(
    (search: Record<string, string | undefined>) =>
      `${languageBase(i18n.language)}${stringifySearch(search)}`,
    [i18n.language],
  );
  return (
    <div className={list ? 'embed embed--list' : 'embed'}>
      <h1 className="visually-hidden">{t('pages.embed.title')}</h1>
      <QueryBoundary
        title={t('pages.load.ecosystemsFailed')}
        loadingLabel={t('pages.load.ecosystemsLoading')}
      >
        <div className="embed__stage">
          <EmbedMap
            filters={filters}
            atlasHref={atlasHref}
            selectedId={selectedId}
            onSelect={select}
          />
        </div>
        {list && <EmbedList filters={filters} selectedId={selectedId} onSelect={select} />}
      </QueryBoundary>
    </div>
  );
}
