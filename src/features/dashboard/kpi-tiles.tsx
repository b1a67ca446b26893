import { useTranslation } from 'react-i18next';
import type { Totals } from '../../api/documents';
import type { Qualifier } from '../../api/schemas';
import { coverageKind } from '../../domain/headline';
import { NETWORK_MINIMUM_MEETINGS } from '../../domain/stats';
import { useFigureWords } from '../../i18n/figure-words';
import { useFormat } from '../../i18n/format';
import './kpi-tiles.css';

/** Figures computed from the atlas records for the filters, each saying what it covers. */
export function KpiTiles({
  totals,
  memberQualifiers,
  asOf,
  filtered,
  checked,
}: {
  totals: Totals;
  /** The qualifiers of the member counts the total adds up: "at least" with "about" is "more than". */
  memberQualifiers: readonly Qualifier[];
  asOf: string;
  filtered: boolean;
  /** Records checked against their sources in the twelve months up to today, of how many. */
  checked?: { checked: number; of: number };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useFigureWords();
  const members = totals.memberOrganisations;
  const covers = t(`coverage.${coverageKind(members)}`, {
    count: members.of,
    covered: members.covered,
  });
  const tiles = [
    {
      key: 'members',
      label: t('dashboard.kpi.members.label'),
      value: members.covered > 0 ? words.sum(members.total, memberQualifiers) : '–',
      note:
        members.covered > 0
          ? t('dashboard.kpi.members.note', { coverage: covers })
          : t('dashboard.kpi.members.unknown', { coverage: covers }),
    },
    {
      key: 'countries',
      label: t('dashboard.kpi.countries.label'),
      value: format.count(totals.activeCountries),
      note: t('dashboard.kpi.countries.note'),
    },
    {
      key: 'meetings',
      label: t('dashboard.kpi.meetings.label'),
      value: t('dashboard.kpi.meetings.value', { value: totals.meetingsPerYearMinimum }),
      note: t('dashboard.kpi.meetings.note', {
        minimum: NETWORK_MINIMUM_MEETINGS,
        count: totals.ecosystems,
      }),
    },
    {
      key: 'ecosystems',
      label: t('dashboard.kpi.ecosystems.label'),
      value: format.count(totals.ecosystems),
      note: t('dashboard.kpi.ecosystems.note', {
        published: totals.ecosystems - totals.placeholders,
        placeholders: totals.placeholders,
      }),
    },
    {
      key: 'locations',
      label: t('dashboard.kpi.locations.label'),
      value: format.count(totals.locations),
      note: t('dashboard.kpi.locations.note'),
    },
  ];
  if (checked && checked.of > 0) {
    tiles.push({
      key: 'checked',
      label: t('dashboard.kpi.checked.label'),
      value: format.count(checked.checked),
      note: t('dashboard.kpi.checked.note', { count: checked.of }),
    });
  }
  return (
    <section className="kpis" aria-labelledby="kpi-title">
      <h2 id="kpi-title">
        {filtered ? t('dashboard.kpi.titleFiltered') : t('dashboard.kpi.title')}{' '}
        <span className="muted">{t('dashboard.kpi.asOf', { date: format.partialDate(asOf) })}</span>
      </h2>
      <dl className="kpi-tiles">
        {tiles.map(({ key, label, value, note }) => (
          <div key={key} className="kpi-tile">
            <dt>{label}</dt>
            <dd>
              <span className="kpi-tile__value">{value}</span>
              <span className="kpi-tile__note">{note}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
