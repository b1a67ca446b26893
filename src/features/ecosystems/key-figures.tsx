import type { FigureKey } from '../../api/schemas';
import type { Ecosystem } from '../../api/documents';

/** Member organisations, meetings per year and launch year; estimates are marked as such. */
export function KeyFigures({ ecosystem }: { ecosystem: Ecosystem }) {
  const figures: { key: FigureKey; label: string; value: number }[] = [
    {
      key: 'memberOrganisations',
      label: 'Member organisations',
      value: ecosystem.memberOrganisations,
    },
    { key: 'meetingsPerYear', label: 'Meetings per year', value: ecosystem.meetingsPerYear },
    { key: 'launchYear', label: 'Launched', value: ecosystem.launchYear },
  ];
  return (
    <dl className="key-figures">
      {figures.map(({ key, label, value }) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd>
            {value}
            {ecosystem.estimates.includes(key) && <span className="estimate"> estimate</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
