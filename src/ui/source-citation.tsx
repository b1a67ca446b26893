import type { Source } from '../api/schemas';
import { ExternalLink } from './external-link';
import { formatPartialDate } from './format';

/** When a source was published, or that it gives no date, and when it was read. */
export function sourceDates(source: Pick<Source, 'published' | 'accessed'>): string {
  const published = source.published
    ? `published ${formatPartialDate(source.published)}`
    : 'undated';
  return `${published}; read ${formatPartialDate(source.accessed)}`;
}

/** A source as a reader checks it: its title, linked, and its dates. */
export function SourceCitation({
  source,
}: {
  source: Pick<Source, 'title' | 'url' | 'published' | 'accessed'>;
}) {
  return (
    <span className="source-citation">
      <ExternalLink href={source.url}>{source.title}</ExternalLink>{' '}
      <span className="muted">({sourceDates(source)})</span>
    </span>
  );
}
