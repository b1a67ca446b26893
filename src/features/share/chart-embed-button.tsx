// "Embed" on a dashboard chart card: the code for /embed/chart/<name> with the dashboard's
// filters. The dashboard page hands it to the dashboard as the cards' embed slot.
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { locationsQuery } from '../../api/locations';
import type { Filters } from '../../domain/url-state';
import { EmbedDialog } from './embed-dialog';

export function ChartEmbedButton({
  name,
  title,
  filters,
}: {
  /** The chart's name in /embed/chart/<name>. */
  name: string;
  /** The chart's title in the language of `t` (the one its card shows). */
  title: (t: TFunction) => string;
  filters: Filters;
}) {
  const { t } = useTranslation();
  // The names of the filtered locations: loaded already wherever the dashboard is shown.
  const locations = useQuery(locationsQuery()).data?.locations ?? [];
  return (
    <EmbedDialog
      kind="chart"
      path={`embed/chart/${name}`}
      filters={filters}
      locations={locations}
      subject={title}
      heading={t('embed.chartHeading')}
      buttonLabel={t('embed.chartButton')}
      buttonHiddenLabel={t('embed.chartButtonHidden', { title: title(t) })}
      buttonClassName="link-button"
    />
  );
}
