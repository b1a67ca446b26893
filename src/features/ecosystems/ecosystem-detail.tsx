import { Section } from '../../ui/section';
import type { ReactNode } from 'react';
import type { Ecosystem, Location } from '../../api/documents';
import { THEME_LABELS } from '../../domain/labels';
import {
  OrganisationList,
  PrinciplesNote,
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
          {location?.label ?? ecosystem.locationId}
          {ecosystem.place !== location?.label && ` · ${ecosystem.place}`}
        </p>
        <h1 id="page-title">{ecosystem.name}</h1>
        <p className="tags">
          {ecosystem.category && <span className="tag">{ecosystem.category}</span>}
          {ecosystem.placeholder && <span className="badge">Details not yet public</span>}
        </p>
        {ecosystem.placeholder && (
          <p className="placeholder-note">
            Details not yet public. The network lists an ecosystem in{' '}
            {location?.label ?? ecosystem.locationId}, but no public page gives its name,
            organisations or figures yet, so this atlas shows only its location.
          </p>
        )}
      </header>
      <div className="ecosystem-detail__grid">
        <div className="ecosystem-detail__main">
          <KeyFigures ecosystem={ecosystem} />
          {ecosystem.description && (
            <Section title="About">
              <p>{ecosystem.description}</p>
              {ecosystem.website && (
                <p>
                  <ExternalLink href={ecosystem.website}>Website of the ecosystem</ExternalLink>
                </p>
              )}
            </Section>
          )}
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
          <StakeholderSection ecosystem={ecosystem} />
          <PrinciplesNote />
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
