import { useTranslation } from 'react-i18next';
import type { Source } from '../api/schemas';
import { checkedOn, isOverAYearOld, type CheckedSource } from '../domain/checked';
import { useFormat } from '../i18n/format';
import { ExternalLink } from './external-link';
import { useIsClient } from './use-client';
import './source-citation.css';

/** What a citation shows of a source: `verified` is the day it was last checked, when known. */
export type CitedSource = Pick<Source, 'title' | 'url' | 'published' | 'accessed'> &
  Pick<CheckedSource, 'verified'>;

/** "published 15 Nov 2019 · Checked Nov 2026", or that the page gives no date, in the active language. */
export function useSourceDates(): (
  source: Pick<CitedSource, 'published' | 'accessed' | 'verified'>,
) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (source) => {
    const checked = format.partialDate(checkedOn(source));
    return source.published
      ? t('source.publishedChecked', { published: format.partialDate(source.published), checked })
      : t('source.undatedChecked', { checked });
  };
}

/**
 * Today in the browser; undefined while prerendering and hydrating, so the page's HTML never
 * depends on the day it was built: the mark of an old check appears once the page runs.
 */
function useBrowserToday(): string | undefined {
  const client = useIsClient();
  return client ? new Date().toISOString().slice(0, 10) : undefined;
}

/** A source as a reader checks it: its title (data, in its own language), linked, its dates, and
 * in words when its last check is over a year old. */
export function SourceCitation({ source }: { source: CitedSource }) {
  const { t } = useTranslation();
  const dates = useSourceDates();
  const today = useBrowserToday();
  const stale = today !== undefined && isOverAYearOld(checkedOn(source), today);
  return (
    <span className="source-citation">
      <ExternalLink href={source.url}>{source.title}</ExternalLink>{' '}
      <span className="muted">({dates(source)})</span>
      {stale && (
        <>
          {' '}
          <strong className="source-stale">{t('source.stale')}</strong>
        </>
      )}
    </span>
  );
}

/** Numbered sources, each an anchor (`#source-<id>`) that a figure's marker links to. */
export function SourceList({
  sources,
}: {
  sources: readonly (CitedSource & Pick<Source, 'id'>)[];
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
