import { use } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartName } from '../../domain/url-state';
import { EmbedDialog } from '../../ui/embed-dialog';
import { ChartEmbedContext } from './chart-embed-context';
import { CHART_TITLE_KEYS } from './chart-names';

/** "Embed" on a chart card: the code for /embed/chart/<name> with the dashboard's filters. */
export function ChartEmbedButton({ name }: { name: ChartName }) {
  const { t } = useTranslation();
  const info = use(ChartEmbedContext);
  if (!info) return null;
  return (
    <EmbedDialog
      kind="chart"
      path={`embed/chart/${name}`}
      filters={info.filters}
      locations={info.locations}
      subject={(embedT) => embedT(CHART_TITLE_KEYS[name])}
      heading={t('embed.chartHeading')}
      buttonLabel={t('embed.chartButton')}
      buttonHiddenLabel={t('embed.chartButtonHidden', { title: t(CHART_TITLE_KEYS[name]) })}
      buttonClassName="link-button"
    />
  );
}
