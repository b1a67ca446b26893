import { use, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { imageFileName } from '../../ui/image-export/file-name';
import { saveBlob } from '../../ui/save-file';
import { svgToPng } from '../../ui/image-export/svg-to-png';
import { chartSvg } from './chart-image';
import { ChartImageContext } from './chart-image-context';
import './chart-download.css';

/** "Download PNG" and "Download SVG": the chart as drawn, with its words and source. */
export function ChartDownload({
  title,
  takeaway,
  chartRef,
}: {
  title: string;
  takeaway: string;
  /** The box the chart is drawn in. */
  chartRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const info = use(ChartImageContext);
  const [failed, setFailed] = useState(false);
  if (!info) return null;
  const download = async (kind: 'png' | 'svg') => {
    try {
      const container = chartRef.current;
      // Until Recharts has drawn, there is nothing to copy.
      if (!container?.querySelector('svg')) throw new Error('The chart is not drawn yet');
      const { svg, width, height } = chartSvg(container, {
        title,
        takeaway,
        filters: info.filterSummary ? t('images.filters', { filters: info.filterSummary }) : '',
        source: t('images.source', { app: t('app.name'), date: format.partialDate(info.asOf) }),
        address: window.location.href.replace(/#.*$/, ''),
      });
      const blob =
        kind === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await svgToPng(svg, width, height);
      saveBlob(blob, imageFileName(title, info.filters, kind, 'chart'));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="chart-download" role="group" aria-label={t('images.chartGroup')}>
      <button type="button" className="link-button" onClick={() => void download('png')}>
        {t('images.downloadPng')}
      </button>
      <button type="button" className="link-button" onClick={() => void download('svg')}>
        {t('images.downloadSvg')}
      </button>
      {failed && (
        <p role="alert" className="chart-download__error">
          {t('images.failed')}
        </p>
      )}
    </div>
  );
}
