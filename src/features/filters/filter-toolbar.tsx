import type { ReactNode } from 'react';
import { useExplorerData } from '../../queries/explorer-data';
import { useResultText } from '../../ui/result-count';
import type { Filters } from '../../domain/url-state';
import { FilterBar } from './filter-bar';
import { FilterNotice } from '../../ui/filter-notice';
import { RecordsNotice } from '../../ui/records-notice';
import './filter-toolbar.css';

/** A compact row of the explorer's filters with the announced result count, for the dashboard. */
export function FilterToolbar({
  filters,
  onChange,
  dropped,
  onDismiss,
  children,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  dropped: string[];
  onDismiss: () => void;
  /** Links that carry the filters elsewhere. */
  children?: ReactNode;
}) {
  const { locations, filtered, facets, rejected } = useExplorerData(filters);
  const resultText = useResultText(filtered, locations);
  return (
    <>
      <FilterNotice dropped={dropped} onDismiss={onDismiss} />
      <RecordsNotice rejected={rejected} />
      <div className="dashboard-toolbar">
        <FilterBar filters={filters} facets={facets} locations={locations} onChange={onChange} />
        <p role="status" className="result-count">
          {resultText}
        </p>
        <div className="dashboard-toolbar__links">{children}</div>
      </div>
    </>
  );
}
