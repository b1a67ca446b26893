import { Section } from '../../ui/section';
import { type Organisation } from '../../api/schemas';
import { Link } from '@tanstack/react-router';
import { Trans, useTranslation } from 'react-i18next';
import { type Ecosystem } from '../../api/documents';
import { useFormat } from '../../i18n/format';
import { ExternalLink } from '../../ui/external-link';
import { SourceList } from '../../ui/source-citation';

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
  const { t } = useTranslation();
  return (
    <Section title={t('ecosystem.principles.title')}>
      <p>
        <Trans i18nKey="ecosystem.principles.text" components={{ about: <Link to="/about" /> }} />
      </p>
    </Section>
  );
}

export function StakeholderSection({ ecosystem }: { ecosystem: Ecosystem }) {
  const { t } = useTranslation();
  const { stakeholders } = ecosystem;
  if (!stakeholders) return null;
  const index = ecosystem.sources.findIndex((source) => source.id === stakeholders.source);
  return (
    <Section title={t('ecosystem.stakeholders.title')}>
      <p>
        {t('ecosystem.stakeholders.intro')}
        {index >= 0 && (
          <sup className="source-mark">
            <a
              href={`#source-${stakeholders.source}`}
              aria-label={t('ecosystem.sourceMark', { number: index + 1 })}
            >
              [{index + 1}]
            </a>
          </sup>
        )}
        :
      </p>
      <ul>
        {stakeholders.kinds.map((kind) => (
          <li key={kind}>{t(`labels.stakeholder.${kind}`)}</li>
        ))}
      </ul>
    </Section>
  );
}

export function SourcesSection({ ecosystem }: { ecosystem: Ecosystem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = format.partialDate(ecosystem.lastVerified);
  return (
    <Section title={t('ecosystem.sources.title')}>
      {ecosystem.sources.length === 0 ? (
        <p>{t('ecosystem.sources.none')}</p>
      ) : (
        <SourceList sources={ecosystem.sources} />
      )}
      <p className="muted">
        {ecosystem.sources.length === 0
          ? t('ecosystem.sources.lastLooked', { date })
          : t('ecosystem.sources.lastChecked', { date })}
      </p>
    </Section>
  );
}
