import { Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../ui/error-boundary';
import { ErrorState } from '../../ui/error-state';
import { useIsClient } from '../../ui/use-client';

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
  const client = useIsClient();
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
        {/* The prerendered page shows the numbers as a table (readable without JavaScript);
            the chart replaces it in the browser, in a box of the same size. */}
        {asTable ? (
          table
        ) : client ? (
          <div className="chart-card__chart">
            <Suspense fallback={<div className="chart-card__pending" />}>{chart}</Suspense>
          </div>
        ) : (
          <div className="chart-card__chart chart-card__chart--table">{table}</div>
        )}
      </ErrorBoundary>
    </section>
  );
}
