// One ecosystem's value in one row, in words: figures with their qualifier and a numbered mark
// that links to the source, and "Not published" where no source gives the value.
import { Link } from '@tanstack/react-router';
import { Trans, useTranslation } from 'react-i18next';
import type { Ecosystem } from '../../api/documents';
import type { CompareCell } from '../../domain/compare';
import { useFormat } from '../../i18n/format';
import { ExternalLink } from '../../ui/external-link';
import { SourceCitation } from '../../ui/source-citation';
import './compare-cell.css';

/** One ecosystem's sources, and the anchor each has in this rendering of the comparison. */
export interface CellSources {
  list: Ecosystem['sources'];
  anchor: (sourceId: string) => string;
}

function SourceMark({ id, sources }: { id: string; sources: CellSources | undefined }) {
  const { t } = useTranslation();
  if (!sources) return null;
  const index = sources.list.findIndex((source) => source.id === id);
  const source = sources.list[index];
  if (!source) return null;
  return (
    <sup className="source-mark">
      <a
        href={`#${sources.anchor(id)}`}
        aria-label={t('ecosystem.sourceMarkTitled', { number: index + 1, title: source.title })}
      >
        [{index + 1}]
      </a>
    </sup>
  );
}

function Missing({ text }: { text: string }) {
  return <span className="not-published">{text}</span>;
}

function Gatherings({
  cell,
  brief,
}: {
  cell: Extract<CompareCell, { kind: 'gatherings' }>;
  brief: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (cell.events.length === 0) return <Missing text={t('compare.value.noGatherings')} />;
  return (
    <>
      {t('compare.value.gatherings', { count: cell.events.length })}
      {!brief && (
        <ul className="compare-list">
          {cell.events.map((event) => (
            <li key={event.id}>
              <ExternalLink href={event.sources[0]?.url}>{event.title}</ExternalLink>{' '}
              <span className="muted">{format.partialDate(event.start)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Sources({
  list,
  anchor,
}: {
  list: Ecosystem['sources'];
  anchor?: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (list.length === 0) return <Missing text={t('compare.value.noSources')} />;
  return (
    <ol className="sources-list compare-sources">
      {list.map((source) => (
        <li key={source.id} id={anchor?.(source.id)}>
          <SourceCitation source={source} />
        </li>
      ))}
    </ol>
  );
}

/**
 * `sources` numbers the marks and lists the sources (a table or list on the page); without
 * it (a slide) values stand alone and the slide names its sources below. `brief` (a slide)
 * leaves out what a room need not read: the world region, notes on dates, gatherings' titles.
 */
export function CompareCellValue({
  cell,
  sources,
  brief = false,
}: {
  cell: CompareCell;
  sources?: CellSources;
  brief?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = (items: string[]) =>
    new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(items);
  switch (cell.kind) {
    case 'location':
      return (
        <>
          {cell.label}
          {cell.place && ` · ${cell.place}`}
          {cell.region && !brief && (
            <span className="figure-counts">{t(`labels.region.${cell.region}`)}</span>
          )}
        </>
      );
    case 'text':
      return <>{cell.text}</>;
    case 'organisations':
      return (
        <ul className="compare-list">
          {cell.organisations.map((organisation) => (
            <li key={organisation.name}>
              <ExternalLink href={organisation.website}>{organisation.name}</ExternalLink>
            </li>
          ))}
        </ul>
      );
    case 'date':
      return (
        <>
          {format.partialDate(cell.fact.date)}
          <SourceMark id={cell.fact.source} sources={sources} />
          {cell.fact.note && !brief && <span className="figure-counts">{cell.fact.note}</span>}
        </>
      );
    case 'figure':
      return (
        <>
          {format.figure(cell.figure)}
          <SourceMark id={cell.figure.source} sources={sources} />
          {cell.figure.counts && <span className="figure-counts">{cell.figure.counts}</span>}
        </>
      );
    case 'minimum':
      return (
        // Not the ecosystem's own figure: what the network guarantees every member.
        <>{t('figures.meetingsMinimum', { value: format.count(cell.minimum) })}</>
      );
    case 'principles':
      return (
        <Trans i18nKey="compare.value.principles" components={{ about: <Link to="/about" /> }} />
      );
    case 'stakeholders':
      return (
        <>
          {list(cell.kinds.map((kind) => t(`labels.stakeholder.${kind}`)))}
          <SourceMark id={cell.source} sources={sources} />
        </>
      );
    case 'themes':
      return <>{list(cell.themes.map((theme) => t(`labels.theme.${theme}`)))}</>;
    case 'gatherings':
      return <Gatherings cell={cell} brief={brief} />;
    case 'sources':
      return <Sources list={cell.sources} anchor={sources?.anchor} />;
    case 'not-published':
      return <Missing text={t('compare.value.notPublished')} />;
    case 'not-public':
      return <Missing text={t('compare.value.notPublic')} />;
  }
}
