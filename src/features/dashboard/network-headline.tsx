import { useTranslation } from 'react-i18next';
import type { NetworkSource } from '../../api/network-schema';
import { HEADLINE_METRICS, headlineFigure } from '../../domain/headline';
import { useFigureWords } from '../../i18n/figure-words';
import { useFormat } from '../../i18n/format';
import { SourceCitation } from '../../ui/source-citation';
import './kpi-tiles.css';

/** The network's own latest figures, each with its source and date, for the whole network. */
export function NetworkHeadline({ network }: { network: Pick<NetworkSource, 'figures'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useFigureWords();
  const figures = HEADLINE_METRICS.flatMap((metric) => headlineFigure(network, metric) ?? []);
  if (figures.length === 0) return null;
  return (
    <section className="kpis kpis--network" aria-labelledby="network-headline-title">
      <h2 id="network-headline-title">{t('dashboard.headline.title')}</h2>
      <dl className="kpi-tiles">
        {figures.map((figure) => (
          <div key={figure.id} className="kpi-tile">
            <dt lang={words.labelIsEnglish(figure) ? 'en' : undefined}>{words.label(figure)}</dt>
            <dd>
              <span className="kpi-tile__value">{words.published(figure)}</span>
              <span className="kpi-tile__note">
                {figure.asOf
                  ? t('dashboard.headline.dated', { date: format.partialDate(figure.asOf) })
                  : t('dashboard.headline.undated')}{' '}
                <SourceCitation source={figure.source} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
