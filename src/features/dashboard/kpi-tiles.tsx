import type { Totals } from '../../api/documents';

const NUMBER = new Intl.NumberFormat('en-GB');

/** The network's three headline figures, then ecosystems and locations, for the filters. */
export const KPIS = [
  { key: 'memberOrganisations', label: 'Member organisations' },
  { key: 'activeCountries', label: 'Active countries' },
  { key: 'meetingsPerYear', label: 'Ecosystem meetings per year' },
  { key: 'ecosystems', label: 'Ecosystems' },
  { key: 'locations', label: 'Locations' },
] as const satisfies readonly { key: keyof Totals; label: string }[];

export function KpiTiles({ totals, asOf }: { totals: Totals; asOf: string }) {
  return (
    <section className="kpis" aria-labelledby="kpi-title">
      <h2 id="kpi-title">
        From the atlas data <span className="muted">· data as of {asOf}</span>
      </h2>
      <dl className="kpi-tiles">
        {KPIS.map(({ key, label }) => (
          <div key={key} className="kpi-tile">
            <dt>{label}</dt>
            <dd>{NUMBER.format(totals[key])}</dd>
          </div>
        ))}
      </dl>
      <p className="muted kpi-note">
        Computed from the records in this atlas for the chosen filters; figures of illustrative
        records are estimates.
      </p>
    </section>
  );
}
