// "Embed this map" beside the explorer's list: the code for /embed with the explorer's filters.
// The explorer page passes it to the list as one of its actions.
import { useTranslation } from 'react-i18next';
import { useExplorerDataIfLoaded } from '../../queries/explorer-data';
import type { Filters } from '../../domain/url-state';
import { EmbedDialog } from './embed-dialog';

/** "Embed this map": the code for /embed with the explorer's filters. */
export function EmbedMapButton({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  // The names of the filtered locations, once known (the ids stand in until then).
  const locations = useExplorerDataIfLoaded(filters)?.locations ?? [];
  return (
    <EmbedDialog
      kind="map"
      path="embed"
      filters={filters}
      locations={locations}
      subject={(embedT) => embedT('embed.mapTitle')}
      heading={t('embed.mapHeading')}
      buttonLabel={t('embed.mapButton')}
    />
  );
}
