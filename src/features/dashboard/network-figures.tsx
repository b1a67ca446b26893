import type { NetworkSource } from '../../api/schemas';
import { ExternalLink } from '../../ui/external-link';
import { Section } from '../../ui/section';

/** What the network itself publishes, each figure with its source and date: kept apart. */
export function NetworkFigures({ network }: { network: NetworkSource }) {
  return (
    <Section title="As published by the network" className="network-figures">
      <p className="muted">
        Figures from the network&apos;s own pages. They were published at different times and count
        differently, so they are shown as published, not mixed with the atlas figures.
      </p>
      <ul className="network-figures__list">
        {network.figures.map((figure) => {
          return (
            <li key={figure.id}>
              <span className="network-figures__value">{figure.display}</span>{' '}
              <span className="network-figures__label">{figure.label}</span>
              <span className="network-figures__source">
                {figure.asOf ? `${figure.asOf} · ` : 'undated · '}
                <ExternalLink href={figure.source.url}>{figure.source.title}</ExternalLink>
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
