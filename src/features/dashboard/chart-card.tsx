// A dashboard chart's card: title, takeaway, the chart (drawn when near the viewport, a table
// before that and on request), its image download and, on the dashboard, the page's "Embed".
import { Suspense, use, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../ui/error-boundary';
import { ErrorState } from '../../ui/error-state';
import { useIsClient } from '../../ui/use-client';
import { useNearViewport } from '../../ui/use-near-viewport';
import type { ChartRef } from './chart-entry';
import { ChartEmbedContext } from './chart-embed-context';
import { ChartDownload } from './chart-download';
import './chart-card.css';

/** A chart with its title, one-line takeaway and a "show as table" alternative. */
export function ChartCard({
  title,
  takeaway,
  chart,
  table,
  embed,
}: {
  title: string;
  takeaway: string;
  chart: ReactNode;
  table: ReactNode;
  /** The chart as /embed/chart/<name> names it: the card then offers the page's "Embed". */
  embed?: ChartRef;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const embedSlot = use(ChartEmbedContext);
  const client = useIsClient();
  // Recharts loads and draws when the card comes within about a screen of view: on a desktop
  // that is every chart at once, on a phone not until the visitor scrolls past the figures.
  const { ref, near } = useNearViewport<HTMLElement>('600px');
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  return (
    <section className="chart-card" aria-labelledby={id} ref={ref}>
      <div className="chart-card__head">
        <h2 id={id}>{title}</h2>
        {/* Also in the prerendered page, so the head does not change when the chart arrives. */}
        {!asTable && <ChartDownload title={title} takeaway={takeaway} chartRef={chartRef} />}
        {embed && embedSlot?.(embed)}
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
        ) : client && near ? (
          <div className="chart-card__chart" ref={chartRef}>
            <Suspense fallback={<div className="chart-card__pending" />}>{chart}</Suspense>
          </div>
        ) : (
          <div className="chart-card__chart chart-card__chart--table">{table}</div>
        )}
      </ErrorBoundary>
    </section>
  );
}
