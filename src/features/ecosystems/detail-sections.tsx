import { Section } from '../../ui/section';
import { type Organisation } from '../../api/schemas';
import { Link } from '@tanstack/react-router';
import { type Ecosystem } from '../../api/documents';
import { STAKEHOLDER_LABELS } from '../../domain/labels';
import { ExternalLink } from '../../ui/external-link';
import { formatPartialDate } from '../../ui/format';
import { SourceCitation } from '../../ui/source-citation';

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

/** The principles are the network's, shared by every member: not a per-record claim. */
export function PrinciplesNote() {
  return (
    <Section title="The nine principles">
      <p>
        Every ecosystem of the network shares the same nine basic principles, among them a
        geographic base, stakeholders from every sector, and at least four meetings a year.{' '}
        <Link to="/about">Read the nine principles</Link>.
      </p>
    </Section>
  );
}

export function StakeholderSection({ ecosystem }: { ecosystem: Ecosystem }) {
  const { stakeholders } = ecosystem;
  if (!stakeholders) return null;
  const index = ecosystem.sources.findIndex((source) => source.id === stakeholders.source);
  return (
    <Section title="Stakeholders">
      <p>
        Kinds of stakeholder its source names
        {index >= 0 && (
          <sup className="source-mark">
            <a href={`#source-${stakeholders.source}`} aria-label={`Source ${index + 1}`}>
              [{index + 1}]
            </a>
          </sup>
        )}
        :
      </p>
      <ul>
        {stakeholders.kinds.map((kind) => (
          <li key={kind}>{STAKEHOLDER_LABELS[kind]}</li>
        ))}
      </ul>
    </Section>
  );
}

export function SourcesSection({ ecosystem }: { ecosystem: Ecosystem }) {
  return (
    <Section title="Sources">
      {ecosystem.sources.length === 0 ? (
        <p>
          No public source yet. The network lists an ecosystem in this location; its details are not
          public.
        </p>
      ) : (
        <ol className="sources-list">
          {ecosystem.sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ol>
      )}
      <p className="muted">
        {ecosystem.sources.length === 0
          ? `Last looked for: ${formatPartialDate(ecosystem.lastVerified)}.`
          : `Last checked against its sources: ${formatPartialDate(ecosystem.lastVerified)}.`}
      </p>
    </Section>
  );
}
