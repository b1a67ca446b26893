import type { ReactNode } from 'react';
import type { DateFact, Figure, Source } from '../../api/schemas';
import { NETWORK_MINIMUM_MEETINGS } from '../../domain/stats';
import { formatFigure, formatPartialDate } from '../../ui/format';

interface Cited {
  figures: { memberOrganisations?: Figure; meetingsPerYear?: Figure; participants?: Figure };
  founded?: DateFact;
  joinedNetwork?: DateFact;
  placeholder: boolean;
  sources: readonly Pick<Source, 'id' | 'title'>[];
}

/** A footnote marker that links to the numbered source in the page's Sources section. */
function SourceMark({ id, sources }: { id: string; sources: Cited['sources'] }) {
  const index = sources.findIndex((source) => source.id === id);
  const source = sources[index];
  if (!source) return null;
  return (
    <sup className="source-mark">
      <a href={`#source-${id}`} aria-label={`Source ${index + 1}: ${source.title}`}>
        [{index + 1}]
      </a>
    </sup>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function FigureValue({ figure, sources }: { figure: Figure; sources: Cited['sources'] }) {
  return (
    <>
      {formatFigure(figure)}
      <SourceMark id={figure.source} sources={sources} />
      {figure.counts && <span className="figure-counts">{figure.counts}</span>}
    </>
  );
}

function DateValue({ fact, sources }: { fact: DateFact | undefined; sources: Cited['sources'] }) {
  if (!fact) return <span className="not-published">Not published</span>;
  return (
    <>
      {formatPartialDate(fact.date)}
      <SourceMark id={fact.source} sources={sources} />
      {fact.note && <span className="figure-counts">{fact.note}</span>}
    </>
  );
}

/**
 * The figures an ecosystem publishes, each marked with its source; what no source gives says
 * so. A placeholder shows only what the network's principles guarantee.
 */
export function KeyFigures({ ecosystem }: { ecosystem: Cited }) {
  const { figures, sources } = ecosystem;
  const meetings = figures.meetingsPerYear ? (
    <FigureValue figure={figures.meetingsPerYear} sources={sources} />
  ) : (
    <>
      at least {NETWORK_MINIMUM_MEETINGS}{' '}
      <span className="figure-counts">the network&apos;s minimum for every ecosystem</span>
    </>
  );
  if (ecosystem.placeholder) {
    return (
      <dl className="key-figures">
        <Row label="Meetings per year">{meetings}</Row>
      </dl>
    );
  }
  return (
    <dl className="key-figures">
      <Row label="Member organisations">
        {figures.memberOrganisations ? (
          <FigureValue figure={figures.memberOrganisations} sources={sources} />
        ) : (
          <span className="not-published">Not published</span>
        )}
      </Row>
      <Row label="Meetings per year">{meetings}</Row>
      {figures.participants && (
        <Row label="Participants">
          <FigureValue figure={figures.participants} sources={sources} />
        </Row>
      )}
      <Row label="Founded">
        <DateValue fact={ecosystem.founded} sources={sources} />
      </Row>
      <Row label="Joined the network">
        <DateValue fact={ecosystem.joinedNetwork} sources={sources} />
      </Row>
    </dl>
  );
}
