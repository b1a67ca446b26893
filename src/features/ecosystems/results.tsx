import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerDataIfLoaded } from '../../queries/explorer-data';
import { useResultText } from '../../ui/result-count';
import { serialiseFilters, type Filters } from '../../domain/url-state';
import { setHighlight } from '../../ui/highlight';
import { RegionBoundary } from '../../ui/region-boundary';
import { EcosystemList } from './ecosystem-list';
import './results.css';

/**
 * The list beside the map: the same filtered ecosystems as the map, the announced result
 * count, and on narrow screens a bottom sheet that opens and closes.
 */
export function Results({
  filters,
  selectedId,
  onSelect,
  actions,
}: {
  filters: Filters;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** What the page offers for the listed set (downloads), shown in the list's head. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const data = useExplorerDataIfLoaded(filters);
  const [open, setOpen] = useState(false);
  const linkSearch = useMemo(() => serialiseFilters(filters), [filters]);
  const resultText = useResultText(data?.filtered ?? [], data?.locations ?? []);
  // While the documents load or fail, the filter column says so; the list waits.
  if (!data) return null;
  const { locationsById, filtered } = data;
  const selected = filtered.some((ecosystem) => ecosystem.id === selectedId)
    ? selectedId
    : undefined;
  return (
    <section
      className={open ? 'explorer__list explorer__list--open' : 'explorer__list'}
      aria-labelledby="results-title"
    >
      <div className="explorer__list-head">
        <h2 id="results-title">{t('ecosystem.results.title')}</h2>
        <p role="status" className="result-count">
          {resultText}
        </p>
        {actions && <div className="explorer__list-actions">{actions}</div>}
        <button
          type="button"
          className="button button--quiet sheet-toggle"
          aria-expanded={open}
          aria-controls="ecosystem-results"
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('ecosystem.results.hideList') : t('ecosystem.results.showList')}
        </button>
      </div>
      <div id="ecosystem-results" className="explorer__list-body">
        <RegionBoundary title={t('ecosystem.results.error')}>
          <EcosystemList
            ecosystems={filtered}
            locationsById={locationsById}
            selectedId={selected}
            linkSearch={linkSearch}
            onSelect={onSelect}
            onHighlight={setHighlight}
          />
        </RegionBoundary>
      </div>
    </section>
  );
}
