import { useTranslation } from 'react-i18next';
import type { Source } from '../api/schemas';
import { useFormat } from '../i18n/format';
import { ExternalLink } from './external-link';

/** "published 15 Nov 2019; read Nov 2026", or that the page gives no date, in the active language. */
export function useSourceDates(): (source: Pick<Source, 'published' | 'accessed'>) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (source) =>
    source.published
      ? t('source.publishedRead', {
          published: format.partialDate(source.published),
          read: format.partialDate(source.accessed),
        })
      : t('source.undatedRead', { read: format.partialDate(source.accessed) });
}

/** A source as a reader checks it: its title (data, in its own language), linked, and its dates. */
export function SourceCitation({
  source,
}: {
  source: Pick<Source, 'title' | 'url' | 'published' | 'accessed'>;
}) {
  const dates = useSourceDates();
  return (
    <span className="source-citation">
      <ExternalLink href={source.url}>{source.title}</ExternalLink>{' '}
      <span className="muted">({dates(source)})</span>
    </span>
  );
}

/** Numbered sources, each an anchor (`#source-<id>`) that a figure's marker links to. */
export function SourceList({
  sources,
}: {
  sources: readonly Pick<Source, 'id' | 'title' | 'url' | 'published' | 'accessed'>[];
}) {
  return (
    <ol className="sources-list">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`}>
          <SourceCitation source={source} />
        </li>
      ))}
    </ol>
  );
}
