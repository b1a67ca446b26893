import { useTranslation } from 'react-i18next';
import type { Location } from '../../api/documents';
import { groupLocationsByRegion } from '../../domain/grouping';
import { useFormat } from '../../i18n/format';
import { usePlaceNames } from '../../i18n/use-place-names';
import { CheckOption, toggle } from './check-option';
import './filter-group.css';

/**
 * The network's own list: "All (N)" first, then every location with its count, by world
 * region, each named and sorted in the visitor's language ("Danmark", "Skotland", "Spanien").
 */
export function LocationFilter({
  locations,
  counts,
  all,
  selected,
  onChange,
}: {
  locations: readonly Location[];
  counts: ReadonlyMap<string, number>;
  all: number;
  selected: readonly string[];
  onChange: (countries: string[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const places = usePlaceNames();
  const groups = groupLocationsByRegion(locations);
  return (
    <fieldset className="filter-group location-filter">
      <legend>
        <h2>{t('filters.locationQuestion')}</h2>
      </legend>
      <CheckOption
        label={t('filters.all')}
        count={all}
        checked={selected.length === 0}
        onToggle={() => onChange([])}
      />
      {groups.map((group) => {
        const total = group.locations.reduce(
          (sum, location) => sum + (counts.get(location.id) ?? 0),
          0,
        );
        return (
          <details key={group.region} className="region-group" open>
            <summary>
              {t(`labels.region.${group.region}`)}{' '}
              <span className="muted">({format.count(total)})</span>
            </summary>
            <div className="region-group__options">
              {places.sort(group.locations).map((location) => (
                <CheckOption
                  key={location.id}
                  label={places.name(location)}
                  count={counts.get(location.id) ?? 0}
                  checked={selected.includes(location.id)}
                  onToggle={() => onChange(toggle(selected, location.id))}
                />
              ))}
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}
