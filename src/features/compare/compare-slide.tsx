// The presenter's comparison slide (`/present?compare=a,b`): the key rows only, large.
import { useTranslation } from 'react-i18next';
import { KEY_ROWS } from '../../domain/compare';
import { CompareCellValue } from './compare-cell';
import { RowLabel } from './row-label';
import { useComparison, useKnownIds } from './use-comparison';
import './compare-slide.css';

function SlideTable({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const { ecosystems, rows } = useComparison(ids, KEY_ROWS);
  // The sources the shown figures and dates name, once each.
  const cited = new Map<string, string>();
  for (const row of rows)
    row.cells.forEach((cell, index) => {
      const id =
        cell.kind === 'figure' ? cell.figure.source : cell.kind === 'date' ? cell.fact.source : '';
      const source = ecosystems[index]?.sources.find((candidate) => candidate.id === id);
      if (source) cited.set(source.url, source.title);
    });
  return (
    <>
      <table className="slide-compare">
        <colgroup>
          <col className="slide-compare__labels" />
          {ecosystems.map((ecosystem) => (
            <col key={ecosystem.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td />
            {ecosystems.map((ecosystem) => (
              <th key={ecosystem.id} scope="col">
                {ecosystem.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <RowLabel row={row} />
              </th>
              {row.cells.map((cell, index) => (
                <td key={ecosystems[index]?.id ?? index}>
                  <CompareCellValue cell={cell} brief />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {cited.size > 0 && (
        <p className="slide__source">
          {t('present.compare.sources', { titles: [...cited.values()].join(' · ') })}
        </p>
      )}
    </>
  );
}

export function CompareSlide({ ids: asked }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const ids = useKnownIds(asked);
  return (
    <div className="slide slide--compare">
      <h1 className="slide__heading">{t('present.compare.title')}</h1>
      {ids.length >= 2 ? (
        <SlideTable ids={ids} />
      ) : (
        <p className="slide__note">{t('present.compare.none')}</p>
      )}
    </div>
  );
}
