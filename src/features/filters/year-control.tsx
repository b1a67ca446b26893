// "Joined the network by": a slider over the years a source dates a join to, and one stop
// past them for today (every record, dated or not). It says how many records no source dates:
// they are left out of every year, never placed in one by guess.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { joinCounts } from '../../domain/filters';
import type { Filters } from '../../domain/url-state';
import { useExplorerData } from '../../queries/explorer-data';
import './year-control.css';

export function YearControl({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (filters: Filters, options?: { replace?: boolean }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  // Every other filter applies to the counts; the year itself does not.
  const { year } = filters;
  const withoutYear = useMemo(() => ({ ...filters, year: undefined }), [filters]);
  const { filtered } = useExplorerData(withoutYear);
  const facet = useMemo(() => joinCounts(filtered), [filtered]);
  const first = facet.joinedBy[0]?.year;
  const last = facet.joinedBy.at(-1)?.year;
  if (first === undefined || last === undefined) return null;
  // One stop past the last dated year: today, the whole set with no year filter.
  const today = last + 1;
  const value = year === undefined ? today : Math.max(first, Math.min(year, last));
  const joinedBy = (year: number) =>
    facet.joinedBy.reduce((count, row) => (row.year <= year ? row.count : count), 0);
  const shown =
    year === undefined
      ? t('filters.year.today', { count: facet.all })
      : t('filters.year.by', { year, count: joinedBy(year) });
  const set = (next: number) =>
    onChange(next >= today ? withoutYear : { ...withoutYear, year: next }, { replace: true });
  return (
    <div className="year-control">
      <label htmlFor={id} className="year-control__label">
        {t('filters.year.label')}
      </label>
      <input
        id={id}
        type="range"
        min={first}
        max={today}
        step={1}
        value={value}
        aria-valuetext={year === undefined ? t('filters.year.todayShort') : String(value)}
        aria-describedby={`${id}-shown ${id}-note`}
        onChange={(event) => set(Number(event.target.value))}
      />
      <div className="year-control__scale" aria-hidden="true">
        <span>{first}</span>
        <span>{t('filters.year.todayShort')}</span>
      </div>
      <p id={`${id}-shown`} className="year-control__shown">
        {shown}
      </p>
      <p id={`${id}-note`} className="year-control__note">
        {t('filters.year.undated', { count: facet.undated, total: facet.all })}
      </p>
    </div>
  );
}
