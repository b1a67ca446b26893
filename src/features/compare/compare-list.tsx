import type { ComparisonViewProps } from './compare-table';
import { sourcesOf } from './compare-table';
import { ColumnHead, RemoveButton } from './column-head';
import { CompareCellValue } from './compare-cell';
import { RowLabel } from './row-label';
import './compare-list.css';

/**
 * The same rows one ecosystem after another, for narrow screens (CSS shows this or the table):
 * a heading per ecosystem and its values as a definition list.
 */
export function CompareList({ ecosystems, rows, onRemove }: ComparisonViewProps) {
  const compare = ecosystems.map((ecosystem) => ecosystem.id).join(',');
  return (
    <div className="compare-stack">
      {ecosystems.map((ecosystem, index) => {
        const headingId = `compare-list-${ecosystem.id}`;
        const sources = sourcesOf(ecosystem, 'list');
        return (
          <section key={ecosystem.id} className="compare-stack__item" aria-labelledby={headingId}>
            <div className="compare-stack__head">
              <h2 id={headingId} className="compare-stack__name">
                <ColumnHead ecosystem={ecosystem} compare={compare} />
              </h2>
              {onRemove && <RemoveButton ecosystem={ecosystem} onRemove={onRemove} />}
            </div>
            <dl>
              {rows.map((row) => {
                const cell = row.cells[index];
                return (
                  cell && (
                    <div key={row.key} className={row.differs ? 'compare-row--differs' : undefined}>
                      <dt>
                        <RowLabel row={row} />
                      </dt>
                      <dd>
                        <CompareCellValue cell={cell} sources={sources} />
                      </dd>
                    </div>
                  )
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
