import type { NetworkSource } from '../../api/schemas';
import { Section } from '../../ui/section';

function safeHttps(url: string): string | undefined {
  return /^https:\/\//i.test(url.trim()) ? url.trim() : undefined;
}

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
          const href = safeHttps(figure.source.url);
          return (
            <li key={figure.id}>
              <span className="network-figures__value">{figure.display}</span>{' '}
              <span className="network-figures__label">{figure.label}</span>
              <span className="network-figures__source">
                {figure.asOf ? `${figure.asOf} · ` : 'undated · '}
                {href ? (
                  <a href={href} rel="noopener noreferrer" target="_blank">
                    {figure.source.title}
                  </a>
                ) : (
                  figure.source.title
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
