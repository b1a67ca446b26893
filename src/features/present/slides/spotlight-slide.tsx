import type { FigureKey } from '../../../api/schemas';
import type { Ecosystem } from '../../../api/documents';

const ESTIMATE_LABELS: Partial<Record<FigureKey, string>> = {
  memberOrganisations: 'member organisations',
  meetingsPerYear: 'meetings per year',
  launchYear: 'start year',
};

/** The first sentence of a description, short enough for a slide. */
export function firstSentence(text: string, max = 220): string {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

/** "Ecosystem of the month": one ecosystem, large. */
export function SpotlightSlide({
  ecosystem,
  locationLabel,
}: {
  ecosystem: Ecosystem;
  locationLabel: string;
}) {
  const leads = ecosystem.leadOrganisations.map((organisation) => organisation.name);
  const estimated = ecosystem.estimates.flatMap((key) => ESTIMATE_LABELS[key] ?? []);
  return (
    <div className="slide slide--spotlight">
      <p className="slide__kicker">Ecosystem of the month</p>
      <h1 className="slide__heading">{ecosystem.name}</h1>
      <p className="slide__body">
        {locationLabel} · {ecosystem.place}
      </p>
      {leads.length > 0 && <p className="slide__body">Led by {leads.join(' and ')}</p>}
      <p className="slide__body slide__quote">{firstSentence(ecosystem.description)}</p>
      <dl className="slide__facts">
        <div>
          <dt>Member organisations</dt>
          <dd>{ecosystem.memberOrganisations}</dd>
        </div>
        <div>
          <dt>Meetings per year</dt>
          <dd>{ecosystem.meetingsPerYear}</dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>{ecosystem.launchYear}</dd>
        </div>
      </dl>
      {estimated.length > 0 && (
        <p className="slide__note">
          {ecosystem.illustrative ? 'Illustrative record. ' : ''}Estimated: {estimated.join(', ')}.
        </p>
      )}
    </div>
  );
}
