import type { Totals } from '../../api/documents';
import { describeCoverage } from '../../domain/headline';
import { NETWORK_MINIMUM_MEETINGS } from '../../domain/stats';
import { formatCount, formatFigure, formatPartialDate } from '../../ui/format';

/** Figures computed from the atlas records for the filters, each saying what it covers. */
export function KpiTiles({
  totals,
  asOf,
  filtered,
}: {
  totals: Totals;
  asOf: string;
  filtered: boolean;
}) {
  const members = totals.memberOrganisations;
  const published = totals.ecosystems - totals.placeholders;
  const tiles = [
    {
      key: 'members',
      label: 'Member organisations',
      value:
        members.covered > 0
          ? formatFigure({ value: members.total, qualifier: members.qualifier })
          : '–',
      note:
        members.covered > 0
          ? `organisations ${describeCoverage(members)}`
          : `not known: ${describeCoverage(members)}`,
    },
    {
      key: 'countries',
      label: 'Active countries',
      value: formatCount(totals.activeCountries),
      note: 'countries with an ecosystem in the network’s list',
    },
    {
      key: 'meetings',
      label: 'Ecosystem meetings per year',
      value: `at least ${formatCount(totals.meetingsPerYearMinimum)}`,
      note: `${NETWORK_MINIMUM_MEETINGS} × ${formatCount(totals.ecosystems)} ecosystems, the network’s minimum`,
    },
    {
      key: 'ecosystems',
      label: 'Ecosystems in the atlas',
      value: formatCount(totals.ecosystems),
      note: `${formatCount(published)} with public details, ${formatCount(totals.placeholders)} not yet public`,
    },
    {
      key: 'locations',
      label: 'Locations',
      value: formatCount(totals.locations),
      note: 'of the network’s list',
    },
  ];
  return (
    <section className="kpis" aria-labelledby="kpi-title">
      <h2 id="kpi-title">
        Counted from the atlas records{filtered ? ' for these filters' : ''}{' '}
        <span className="muted">· data as of {formatPartialDate(asOf)}</span>
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
