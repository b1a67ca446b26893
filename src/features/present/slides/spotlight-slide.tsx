import type { Ecosystem } from '../../../api/documents';
import { NETWORK_MINIMUM_MEETINGS } from '../../../domain/stats';
import { formatFigure, formatPartialDate } from '../../../ui/format';

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
  const leads = ecosystem.leadOrganisations.map((organisation) => organisation.name);
  const { memberOrganisations, meetingsPerYear } = ecosystem.figures;
  const facts = [
    memberOrganisations && {
      label: memberOrganisations.counts ?? 'Member organisations',
      value: formatFigure(memberOrganisations),
    },
    {
      label: 'Meetings per year',
      value: meetingsPerYear
        ? formatFigure(meetingsPerYear)
        : `at least ${NETWORK_MINIMUM_MEETINGS} (the network’s minimum)`,
    },
    ecosystem.joinedNetwork && {
      label: 'Joined the network',
      value: formatPartialDate(ecosystem.joinedNetwork.date),
    },
    !ecosystem.joinedNetwork &&
      ecosystem.founded && { label: 'Founded', value: formatPartialDate(ecosystem.founded.date) },
  ].filter((fact): fact is { label: string; value: string } => Boolean(fact));
  return (
    <div className="slide slide--spotlight">
      <p className="slide__kicker">Ecosystem spotlight</p>
      <h1 className="slide__heading">{ecosystem.name}</h1>
      <p className="slide__body">
        {locationLabel}
        {ecosystem.place !== locationLabel && ` · ${ecosystem.place}`}
      </p>
      {leads.length > 0 && <p className="slide__body">Led by {leads.join(' and ')}</p>}
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
          Sources: {ecosystem.sources.map((source) => source.title).join(' · ')}
        </p>
      )}
    </div>
  );
}
