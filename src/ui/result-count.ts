import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../api/documents';
import { countResult } from '../domain/grouping';

/** "12 ecosystems in 3 countries", in the active language, for the announced result count. */
export function useResultText(
  ecosystems: readonly Pick<EcosystemSummary, 'locationId'>[],
  locations: readonly Pick<Location, 'id' | 'iso'>[],
): string {
  const { t } = useTranslation();
  const counts = countResult(ecosystems, locations);
  if (counts.ecosystems === 0) return t('results.none');
  return t('results.summary', {
    ecosystems: t('results.ecosystems', { count: counts.ecosystems }),
    countries: t('results.countries', { count: counts.countries }),
  });
}
