import type { NetworkSource } from '../../api/schemas';
import { formatPartialDate } from '../../ui/format';
import { SourceCitation } from '../../ui/source-citation';
import { Section } from '../../ui/section';

/** What the network itself publishes, each figure with its source and date: kept apart. */
export function NetworkFigures({ network }: { network: NetworkSource }) {
  return (
    <Section title="Everything the network has published about itself" className="network-figures">
      <p className="muted">
        Every figure the network has published about itself, from its own pages and its
        partners&apos;. They were published at different times and count differently, so they are
        shown as published and never mixed with the atlas figures.
      </p>
      <ul className="network-figures__list">
        {network.figures.map((figure) => {
          return (
            <li key={figure.id}>
              <span className="network-figures__value">{figure.display}</span>{' '}
              <span className="network-figures__label">{figure.label}</span>
              <span className="network-figures__source">
                {figure.asOf ? `as of ${formatPartialDate(figure.asOf)} · ` : 'date not given · '}
                <SourceCitation source={figure.source} />
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
