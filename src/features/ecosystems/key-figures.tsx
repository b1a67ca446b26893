import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateFact, Figure, Source } from '../../api/schemas';
import { NETWORK_MINIMUM_MEETINGS } from '../../domain/stats';
import { useFormat } from '../../i18n/format';
import './key-figures.css';

interface Cited {
  figures: { memberOrganisations?: Figure; meetingsPerYear?: Figure; participants?: Figure };
  founded?: DateFact;
  joinedNetwork?: DateFact;
  placeholder: boolean;
  sources: readonly Pick<Source, 'id' | 'title'>[];
}

/** A footnote marker that links to the numbered source in the page's Sources section. */
function SourceMark({ id, sources }: { id: string; sources: Cited['sources'] }) {
  const { t } = useTranslation();
  const index = sources.findIndex((source) => source.id === id);
  const source = sources[index];
  if (!source) return null;
  return (
    <sup className="source-mark">
      <a
        href={`#source-${id}`}
        aria-label={t('ecosystem.sourceMarkTitled', { number: index + 1, title: source.title })}
      >
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

function NotPublished() {
  const { t } = useTranslation();
  return <span className="not-published">{t('ecosystem.figures.notPublished')}</span>;
}

function FigureValue({ figure, sources }: { figure: Figure; sources: Cited['sources'] }) {
  const format = useFormat();
  return (
    <>
      {format.figure(figure)}
      <SourceMark id={figure.source} sources={sources} />
      {figure.counts && (
        // What the count covers, in its source's own (English) terms.
        <span className="figure-counts" lang="en">
          {figure.counts}
        </span>
      )}
    </>
  );
}

function DateValue({ fact, sources }: { fact: DateFact | undefined; sources: Cited['sources'] }) {
  const format = useFormat();
  if (!fact) return <NotPublished />;
  return (
    <>
      {format.partialDate(fact.date)}
      <SourceMark id={fact.source} sources={sources} />
      {fact.note && (
        <span className="figure-counts" lang="en">
          {fact.note}
        </span>
      )}
    </>
  );
}

/**
 * The figures an ecosystem publishes, each marked with its source; what no source gives says
 * so. A placeholder shows only what the network's principles guarantee.
 */
export function KeyFigures({ ecosystem }: { ecosystem: Cited }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { figures, sources } = ecosystem;
  const meetings = figures.meetingsPerYear ? (
    <FigureValue figure={figures.meetingsPerYear} sources={sources} />
  ) : (
    // Not the ecosystem's own figure: what the network's principles guarantee every member,
    // in words, so set smaller than a figure.
    <span className="key-figures__words">
      {t('figures.meetingsMinimum', { value: format.count(NETWORK_MINIMUM_MEETINGS) })}
    </span>
  );
  if (ecosystem.placeholder) {
    return (
      <dl className="key-figures">
        <Row label={t('ecosystem.figures.meetingsPerYear')}>{meetings}</Row>
      </dl>
    );
  }
  return (
    <dl className="key-figures">
      <Row label={t('ecosystem.figures.memberOrganisations')}>
        {figures.memberOrganisations ? (
          <FigureValue figure={figures.memberOrganisations} sources={sources} />
        ) : (
          <NotPublished />
        )}
      </Row>
      <Row label={t('ecosystem.figures.meetingsPerYear')}>{meetings}</Row>
      {figures.participants && (
        <Row label={t('ecosystem.figures.participants')}>
          <FigureValue figure={figures.participants} sources={sources} />
        </Row>
      )}
      <Row label={t('ecosystem.figures.founded')}>
        <DateValue fact={ecosystem.founded} sources={sources} />
      </Row>
      <Row label={t('ecosystem.figures.joinedNetwork')}>
        <DateValue fact={ecosystem.joinedNetwork} sources={sources} />
      </Row>
    </dl>
  );
}
