import { useTranslation } from 'react-i18next';
import type { Ecosystem } from '../../../api/documents';
import { NETWORK_MINIMUM_MEETINGS } from '../../../domain/stats';
import { useFormat } from '../../../i18n/format';
import './slide.css';

/** The first sentence of a description, short enough for a slide. */
export function firstSentence(text: string, max = 220): string {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

/** "Ecosystem spotlight": one ecosystem, large, with only its sourced figures. */
export function SpotlightSlide({
  ecosystem,
  locationLabel,
}: {
  ecosystem: Ecosystem;
  locationLabel: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const leads = ecosystem.leadOrganisations.map((organisation) => organisation.name);
  const { memberOrganisations, meetingsPerYear } = ecosystem.figures;
  const facts = [
    memberOrganisations && {
      // What the figure counts is data, in its source's own words.
      label: memberOrganisations.counts ?? t('present.spotlight.members'),
      value: format.figure(memberOrganisations),
    },
    {
      label: t('present.spotlight.meetings'),
      value: meetingsPerYear
        ? format.figure(meetingsPerYear)
        : t('present.spotlight.meetingsMinimum', { minimum: NETWORK_MINIMUM_MEETINGS }),
    },
    ecosystem.joinedNetwork && {
      label: t('present.spotlight.joined'),
      value: format.partialDate(ecosystem.joinedNetwork.date),
    },
    !ecosystem.joinedNetwork &&
      ecosystem.founded && {
        label: t('present.spotlight.founded'),
        value: format.partialDate(ecosystem.founded.date),
      },
  ].filter((fact): fact is { label: string; value: string } => Boolean(fact));
  return (
    <div className="slide slide--spotlight">
      <p className="slide__kicker">{t('present.spotlight.title')}</p>
      <h1 className="slide__heading">{ecosystem.name}</h1>
      <p className="slide__body">{locationLabel}</p>
      {leads.length > 0 && (
        <p className="slide__body">
          {t('present.spotlight.ledBy', {
            names: new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(leads),
          })}
        </p>
      )}
      {ecosystem.description && (
        <p className="slide__body slide__quote">{firstSentence(ecosystem.description)}</p>
      )}
      <dl className="slide__facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {ecosystem.sources.length > 0 && (
        <p className="slide__source">
          {t('present.spotlight.sources', {
            titles: ecosystem.sources.map((source) => source.title).join(' · '),
          })}
        </p>
      )}
    </div>
  );
}
