import { Section } from '../../ui/section';
import { type Organisation } from '../../api/schemas';
import { PRINCIPLES, STAKEHOLDER_KINDS } from '../../api/vocabulary';
import { type Ecosystem } from '../../api/documents';
import { PRINCIPLE_LABELS, STAKEHOLDER_LABELS } from '../../domain/labels';
import { ExternalLink } from '../../ui/external-link';

export function OrganisationList({
  title,
  organisations,
}: {
  title: string;
  organisations: Organisation[];
}) {
  if (organisations.length === 0) return null;
  return (
    <div>
      <h3>{title}</h3>
      <ul>
        {organisations.map((organisation) => (
          <li key={organisation.name}>
            <ExternalLink href={organisation.website}>{organisation.name}</ExternalLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TextList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Section title={title}>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Section>
  );
}

export function PrinciplesSection({ ecosystem }: { ecosystem: Ecosystem }) {
  const met = new Set(ecosystem.principles);
  return (
    <Section title="The nine principles">
      <p>Meets {met.size} of the 9 basic principles of an ecosystem.</p>
      <ul className="principle-list">
        {PRINCIPLES.map((id) => (
          <li key={id} className={met.has(id) ? 'is-met' : 'is-unmet'}>
            <span aria-hidden="true">{met.has(id) ? '✓' : '–'}</span> {PRINCIPLE_LABELS[id]}
            <span className="visually-hidden">{met.has(id) ? ': met' : ': not recorded'}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function StakeholderSection({ ecosystem }: { ecosystem: Ecosystem }) {
  const rows = STAKEHOLDER_KINDS.filter((kind) => (ecosystem.stakeholderMix[kind] ?? 0) > 0);
  if (rows.length === 0) return null;
  const estimate = ecosystem.estimates.includes('stakeholderMix');
  return (
    <Section title="Stakeholder mix">
      <table className="data-table">
        <caption>
          Member organisations by kind of stakeholder{estimate ? ' (estimate)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Stakeholder</th>
            <th scope="col">Organisations</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((kind) => (
            <tr key={kind}>
              <th scope="row">{STAKEHOLDER_LABELS[kind]}</th>
              <td>{ecosystem.stakeholderMix[kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function SourcesSection({ ecosystem }: { ecosystem: Ecosystem }) {
  return (
    <Section title="Sources">
      {ecosystem.sources.length === 0 ? (
        <p>No public source yet: this record is a placeholder.</p>
      ) : (
        <ul>
          {ecosystem.sources.map((source) => (
            <li key={source.url}>
              <ExternalLink href={source.url}>{source.title}</ExternalLink>{' '}
              <span className="muted">(accessed {source.accessed})</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Last verified {ecosystem.lastVerified}.</p>
    </Section>
  );
}
