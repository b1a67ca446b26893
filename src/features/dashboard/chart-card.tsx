import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../ui/error-boundary';
import { ErrorState } from '../../ui/error-state';

/** A chart with its title, one-line takeaway and a "show as table" alternative. */
export function ChartCard({
  title,
  takeaway,
  chart,
  table,
}: {
  title: string;
  takeaway: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section className="chart-card" aria-labelledby={id}>
      <div className="chart-card__head">
        <h2 id={id}>{title}</h2>
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
        >
          {t('dashboard.showAsTable')}
        </button>
      </div>
      <p className="chart-card__takeaway">{takeaway}</p>
      <ErrorBoundary
        fallback={({ error, reset }) => (
          <ErrorState title={t('dashboard.chartFailed')} error={error} onRetry={reset} />
        )}
      >
        {asTable ? table : <div className="chart-card__chart">{chart}</div>}
      </ErrorBoundary>
    </section>
  );
}
