import { useTranslation } from 'react-i18next';
import type { NetworkSource } from '../../api/network-schema';
import { useFigureWords } from '../../i18n/figure-words';
import { useFormat } from '../../i18n/format';
import { SourceCitation } from '../../ui/source-citation';
import { Section } from '../../ui/section';
import './network-figures.css';

/** What the network itself publishes, each figure with its source and date: kept apart. */
export function NetworkFigures({ network }: { network: NetworkSource }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useFigureWords();
  return (
    <Section title={t('dashboard.figures.title')} className="network-figures">
      <p className="muted">{t('dashboard.figures.intro')}</p>
      <ul className="network-figures__list">
        {network.figures.map((figure) => {
          return (
            <li key={figure.id}>
              <span className="network-figures__value">{words.published(figure)}</span>{' '}
              <span
                className="network-figures__label"
                lang={words.labelIsEnglish(figure) ? 'en' : undefined}
              >
                {words.label(figure)}
              </span>
              <span className="network-figures__source">
                {figure.asOf
                  ? t('dashboard.figures.dated', { date: format.partialDate(figure.asOf) })
                  : t('dashboard.figures.undated')}{' '}
                <SourceCitation source={figure.source} />
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
