import { Section } from '../../ui/section';
import type { ReactNode } from 'react';
import type { Ecosystem, Location } from '../../api/documents';
import { THEME_LABELS } from '../../domain/labels';
import {
  OrganisationList,
  PrinciplesSection,
  SourcesSection,
  StakeholderSection,
  TextList,
} from './detail-sections';
import { KeyFigures } from './key-figures';
import { ExternalLink } from '../../ui/external-link';

export interface EcosystemDetailProps {
  ecosystem: Ecosystem;
  location: Location | undefined;
  /** A small map of where the ecosystem is, composed by the page. */
  map?: ReactNode;
  /** The next gatherings, loaded on their own so a failure stays in that section. */
  gatherings?: ReactNode;
}

/** Every field of an ecosystem, in readable sections. */
export function EcosystemDetail({ ecosystem, location, map, gatherings }: EcosystemDetailProps) {
  const hasOrganisations =
    ecosystem.leadOrganisations.length + ecosystem.partners.length + ecosystem.supportedBy.length >
    0;
  return (
    <article className="ecosystem-detail" aria-labelledby="page-title">
      <header className="ecosystem-detail__header">
        <p className="eyebrow">
          {location?.label ?? ecosystem.locationId} · {ecosystem.place}
        </p>
        <h1 id="page-title">{ecosystem.name}</h1>
        <p className="tags">
          <span className="tag">{ecosystem.category}</span>
          <span className="tag">{ecosystem.status === 'active' ? 'Active' : 'Forming'}</span>
          {ecosystem.illustrative && <span className="badge">Illustrative</span>}
        </p>
        {ecosystem.illustrative && (
          <p className="illustrative-note">
            Illustrative record: the details of this location&apos;s ecosystem are not public yet.
            It names no organisations, and its figures are estimates.
          </p>
        )}
      </header>
      <div className="ecosystem-detail__grid">
        <div className="ecosystem-detail__main">
          <KeyFigures ecosystem={ecosystem} />
          <Section title="About">
            <p>{ecosystem.description}</p>
            {ecosystem.website && (
              <p>
                <ExternalLink href={ecosystem.website}>Website of the ecosystem</ExternalLink>
              </p>
            )}
          </Section>
          {hasOrganisations && (
            <Section title="Organisations">
              <OrganisationList
                title="Lead organisations"
                organisations={ecosystem.leadOrganisations}
              />
              <OrganisationList title="Partners" organisations={ecosystem.partners} />
              <OrganisationList title="Supported by" organisations={ecosystem.supportedBy} />
            </Section>
          )}
          <TextList title="Advantages" items={ecosystem.advantages} />
          <TextList title="Priorities" items={ecosystem.priorities} />
          <TextList title="Themes" items={ecosystem.themes.map((theme) => THEME_LABELS[theme])} />
          <PrinciplesSection ecosystem={ecosystem} />
          <StakeholderSection ecosystem={ecosystem} />
          {ecosystem.programmes.length > 0 && (
            <Section title="Programmes">
              <dl className="programmes">
                {ecosystem.programmes.map((programme) => (
                  <div key={programme.name}>
                    <dt>{programme.name}</dt>
                    <dd>{programme.description}</dd>
                  </div>
                ))}
              </dl>
            </Section>
          )}
        </div>
        <div className="ecosystem-detail__side">
          {map}
          {gatherings}
          <SourcesSection ecosystem={ecosystem} />
        </div>
      </div>
    </article>
  );
}
