import { Section } from '../../ui/section';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ecosystem, Location } from '../../api/documents';
import {
  OrganisationList,
  PrinciplesNote,
  SourcesSection,
  StakeholderSection,
  TextList,
} from './detail-sections';
import { KeyFigures } from './key-figures';
import { ExternalLink } from '../../ui/external-link';
import { CompareToggle } from '../../ui/compare-toggle';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import './ecosystem-detail.css';

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
  const { t } = useTranslation();
  const names = useEcosystemNames();
  const name = names.name(ecosystem, location);
  const hasOrganisations =
    ecosystem.leadOrganisations.length + ecosystem.partners.length + ecosystem.supportedBy.length >
    0;
  return (
    <article className="ecosystem-detail" aria-labelledby="page-title">
      <header className="ecosystem-detail__header">
        <p className="eyebrow">{names.where(ecosystem, location)}</p>
        <h1 id="page-title">{name}</h1>
        <p className="tags">
          {ecosystem.category && <span className="tag">{ecosystem.category}</span>}
          {ecosystem.placeholder && (
            <span className="badge">{t('ecosystem.placeholder.badge')}</span>
          )}
        </p>
        {ecosystem.placeholder && (
          <p className="placeholder-note">
            {t('ecosystem.placeholder.note', {
              location: location ? names.places.inText(location) : ecosystem.locationId,
            })}
          </p>
        )}
        <CompareToggle id={ecosystem.id} name={name} />
      </header>
      <div className="ecosystem-detail__grid">
        <div className="ecosystem-detail__main">
          <KeyFigures ecosystem={ecosystem} />
          {ecosystem.description && (
            <Section title={t('ecosystem.detail.about')}>
              <p>{ecosystem.description}</p>
              {ecosystem.website && (
                <p>
                  <ExternalLink href={ecosystem.website}>
                    {t('ecosystem.detail.website')}
                  </ExternalLink>
                </p>
              )}
            </Section>
          )}
          {hasOrganisations && (
            <Section title={t('ecosystem.detail.organisations')}>
              <OrganisationList
                title={t('ecosystem.detail.leadOrganisations')}
                organisations={ecosystem.leadOrganisations}
              />
              <OrganisationList
                title={t('ecosystem.detail.partners')}
                organisations={ecosystem.partners}
              />
              <OrganisationList
                title={t('ecosystem.detail.supportedBy')}
                organisations={ecosystem.supportedBy}
              />
            </Section>
          )}
          <TextList title={t('ecosystem.detail.advantages')} items={ecosystem.advantages} />
          <TextList title={t('ecosystem.detail.priorities')} items={ecosystem.priorities} />
          <TextList
            title={t('ecosystem.detail.themes')}
            items={ecosystem.themes.map((theme) => t(`labels.theme.${theme}`))}
          />
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
