import { Link } from '@tanstack/react-router';
import { PRINCIPLES } from '../../api/vocabulary';
import { PRINCIPLE_LABELS } from '../../domain/labels';

const BENEFITS = [
  [
    'Build opportunities',
    'Groups of many kinds of stakeholder, with the patient at the core, set the agenda by starting from a need.',
  ],
  [
    'Build community',
    'Regular quarterly meetings, events and chances to network and work together make a lasting community.',
  ],
  [
    'Build trust',
    'Working across borders and health systems lets ecosystems learn from each other and trust each other.',
  ],
  [
    'Build partners',
    'Partnerships improve health and social care and use the health economy to help the regional economy grow.',
  ],
  [
    'Build connections',
    'Ecosystems of different places and specialisms share what they learn through exchanges, learning visits and funded projects.',
  ],
] as const;

const CONSIDERATIONS = [
  'Alignment with health and social care boundaries',
  'Alignment with local, regional or national government boundaries',
  'Links to universities and research institutions working on connected health',
  'The extent of existing industry activity',
  'Links to local, regional or national strategic priorities',
  'The extent of existing activity by public health and social care providers',
  'A platform for the ecosystem and access to potential funding',
];

/** What an ecosystem is: the nine principles, the benefits, what ecosystems consider. */
export function AboutContent() {
  return (
    <>
      <p className="lead">
        A digital health ecosystem is a permanent group of health and care providers, companies,
        universities, policy-makers and citizens in one place (a city, a region or a country) that
        meets at least four times a year to put innovative solutions into health and social care.
        Together the ecosystems form the International Network of Digital Health Ecosystems.
      </p>
      <h2>The nine basic principles</h2>
      <p>
        Every ecosystem has its national and regional character, but all share these principles:
      </p>
      <ol className="principles">
        {PRINCIPLES.map((id) => (
          <li key={id}>{PRINCIPLE_LABELS[id]}</li>
        ))}
      </ol>
      <h2>What an ecosystem brings</h2>
      <dl className="benefits">
        {BENEFITS.map(([title, text]) => (
          <div key={title}>
            <dt>{title}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <h2>What every ecosystem considers</h2>
      <ul>
        {CONSIDERATIONS.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p>
        Individual ecosystems are based on one geographic area; international ecosystems share
        priorities across borders. <Link to="/">Find an ecosystem on the map</Link>.
      </p>
    </>
  );
}
