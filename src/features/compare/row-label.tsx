import { Trans, useTranslation } from 'react-i18next';
import type { CompareRow } from '../../domain/compare';
import './row-label.css';

/** The marker of a row whose values differ: visible, and read out with the row's name. */
export function DiffersBadge() {
  const { t } = useTranslation();
  return <span className="differs-badge">{t('compare.differs')}</span>;
}

/** A row's name, with the marker when its values differ. */
export function RowLabel({ row }: { row: Pick<CompareRow, 'key' | 'differs'> }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`compare.rows.${row.key}`)}
      {row.differs && (
        <>
          {' '}
          <DiffersBadge />
        </>
      )}
    </>
  );
}

/** Explains the marker, once, above the comparison. */
export function DiffersLegend() {
  return (
    <p className="compare-legend">
      <Trans i18nKey="compare.legend" components={{ badge: <span className="differs-badge" /> }} />
    </p>
  );
}
