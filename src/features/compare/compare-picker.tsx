import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../../api/documents';
import { pickerGroups, toggleCompared } from '../../domain/compare-choice';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import { MAX_COMPARE } from '../../domain/url-state';
import './compare-picker.css';

/**
 * Every ecosystem as a checkbox, grouped by location, with a box to find one by name, place
 * or location. With four chosen, the others are disabled and the count says why.
 */
export function ComparePicker({
  ecosystems,
  locationsById,
  chosen,
  onChange,
}: {
  ecosystems: readonly EcosystemSummary[];
  locationsById: ReadonlyMap<string, Location>;
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const names = useEcosystemNames();
  // Locations and placeholders named, and the groups sorted, in the visitor's language.
  const groups = useMemo(() => {
    const named = new Map(
      [...locationsById].map(([id, location]) => [id, { label: names.places.name(location) }]),
    );
    const shown = ecosystems.map((ecosystem) =>
      ecosystem.placeholder
        ? { ...ecosystem, name: names.name(ecosystem, locationsById.get(ecosystem.locationId)) }
        : ecosystem,
    );
    return pickerGroups(shown, named, query).sort((a, b) => names.places.compare(a.label, b.label));
  }, [ecosystems, locationsById, query, names]);
  const titleId = useId();
  const statusId = useId();
  const full = chosen.length >= MAX_COMPARE;
  return (
    <section className="compare-picker" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('compare.picker.title')}</h2>
      <p id={statusId} role="status" className="compare-picker__status">
        {t('compare.picker.status', { count: chosen.length, max: MAX_COMPARE })}
        {full && ` ${t('compare.picker.full')}`}
      </p>
      <label className="compare-picker__search">
        {t('compare.picker.search')}
        <input
          type="search"
          value={query}
          placeholder={t('compare.picker.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {groups.length === 0 ? (
        <p className="empty-state">{t('compare.picker.none', { query: query.trim() })}</p>
      ) : (
        <div className="compare-picker__groups">
          {groups.map((group) => (
            <fieldset key={group.locationId} className="compare-picker__group">
              <legend>{group.label}</legend>
              {group.ecosystems.map((ecosystem) => {
                const checked = chosen.includes(ecosystem.id);
                const blocked = full && !checked;
                return (
                  <label key={ecosystem.id} className="compare-picker__option">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={blocked}
                      aria-describedby={blocked ? statusId : undefined}
                      onChange={() => onChange(toggleCompared(chosen, ecosystem.id))}
                    />
                    {ecosystem.name}
                  </label>
                );
              })}
            </fieldset>
          ))}
        </div>
      )}
    </section>
  );
}
