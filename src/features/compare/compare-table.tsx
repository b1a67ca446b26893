import { useTranslation } from 'react-i18next';
import type { Ecosystem } from '../../api/documents';
import type { CompareRow } from '../../domain/compare';
import { useFormat } from '../../i18n/format';
import { ColumnHead, RemoveButton } from './column-head';
import { CompareCellValue, type CellSources } from './compare-cell';
import { RowLabel } from './row-label';
import './compare-table.css';

/** Anchors for the sources of one ecosystem in one rendering (table or list) of the page. */
export const sourcesOf = (ecosystem: Ecosystem, view: 'table' | 'list'): CellSources => ({
  list: ecosystem.sources,
  anchor: (id) => `compare-${view}-${ecosystem.id}-source-${id}`,
});

export interface ComparisonViewProps {
  ecosystems: readonly Ecosystem[];
  rows: readonly CompareRow[];
  onRemove?: (id: string) => void;
}

/** The comparison as a table: one column per ecosystem, one row per field (wide screens). */
export function CompareTable({ ecosystems, rows, onRemove }: ComparisonViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(
    ecosystems.map((ecosystem) => ecosystem.name),
  );
  const compare = ecosystems.map((ecosystem) => ecosystem.id).join(',');
  const sources = ecosystems.map((ecosystem) => sourcesOf(ecosystem, 'table'));
  return (
    <table className="compare-table">
      <caption>{t('compare.caption', { names })}</caption>
      <colgroup>
        <col className="compare-table__labels" />
        {ecosystems.map((ecosystem) => (
          <col key={ecosystem.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td />
          {ecosystems.map((ecosystem) => (
            <th key={ecosystem.id} scope="col">
              <ColumnHead ecosystem={ecosystem} compare={compare} />
            </th>
          ))}
        </tr>
        {onRemove && (
          <tr className="compare-table__actions">
            <td />
            {ecosystems.map((ecosystem) => (
              <td key={ecosystem.id}>
                <RemoveButton ecosystem={ecosystem} onRemove={onRemove} />
              </td>
            ))}
          </tr>
        )}
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.differs ? 'compare-row--differs' : undefined}>
            <th scope="row">
              <RowLabel row={row} />
            </th>
            {row.cells.map((cell, index) => (
              <td key={ecosystems[index]?.id ?? index}>
                <CompareCellValue cell={cell} sources={sources[index]} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
