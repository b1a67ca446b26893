import { useTranslation } from 'react-i18next';
import type { Source } from '../../../api/schemas';
import { useFormat } from '../../../i18n/format';
import { useSourceDates } from '../../../ui/source-citation';
import { usePrefersReducedMotion } from '../../../ui/use-reduced-motion';
import { useCountUp } from '../use-count-up';
import './slide.css';

/**
 * One headline figure, as large as the slide allows. A published figure keeps its wording
 * ("more than 600") and shows its source and date; a computed one counts up.
 */
export function FigureSlide({
  label,
  value,
  display,
  note,
  source,
}: {
  label: string;
  value: number;
  /** The figure as published; shown as it is instead of counting up. */
  display?: string;
  note?: string;
  source?: Pick<Source, 'title' | 'url' | 'published' | 'accessed'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const sourceDates = useSourceDates();
  const reducedMotion = usePrefersReducedMotion();
  const shown = useCountUp(value, { reducedMotion });
  const text = display ?? format.count(value);
  return (
    <div className="slide slide--figure">
      <p
        className={text.length > 7 ? 'slide__giant slide__giant--words' : 'slide__giant'}
        aria-hidden="true"
      >
        {display ?? format.count(shown)}
      </p>
      <h1 className="slide__label">
        <span className="visually-hidden">{text} </span>
        {label}
      </h1>
      {note && <p className="slide__note">{note}</p>}
      {source && (
        <p className="slide__source">
          {t('present.figures.source', {
            title: source.title,
            url: source.url.replace(/^https:\/\//, ''),
            dates: sourceDates(source),
          })}
        </p>
      )}
    </div>
  );
}
