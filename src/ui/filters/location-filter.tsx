import type { Location } from '../../api/documents';
import { groupLocationsByRegion } from '../../domain/grouping';
import { REGION_LABELS } from '../../domain/labels';
import { CheckOption, toggle } from './check-option';

export const LOCATION_FILTER_TITLE = 'Which ecosystem would you like to connect with?';

/** The network's own list: "All (N)" and every location with its count, by world region. */
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
  const groups = groupLocationsByRegion(locations);
  return (
    <fieldset className="filter-group location-filter">
      <legend>
        <h2>{LOCATION_FILTER_TITLE}</h2>
      </legend>
      <CheckOption
        label="All"
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
              {REGION_LABELS[group.region]} <span className="muted">({total})</span>
            </summary>
            <div className="region-group__options">
              {group.locations.map((location) => (
                <CheckOption
                  key={location.id}
                  label={location.label}
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
