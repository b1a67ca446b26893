import type { Source } from '../../../api/schemas';
import { useSourceDates } from '../../../ui/source-citation';
import { usePrefersReducedMotion } from '../../../ui/use-reduced-motion';
import { useCountUp } from '../use-count-up';

const NUMBER = new Intl.NumberFormat('en-GB');

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
  const sourceDates = useSourceDates();
  const reducedMotion = usePrefersReducedMotion();
  const shown = useCountUp(value, { reducedMotion });
  const text = display ?? NUMBER.format(value);
  return (
    <div className="slide slide--figure">
      <p
        className={text.length > 7 ? 'slide__giant slide__giant--words' : 'slide__giant'}
        aria-hidden="true"
      >
        {display ?? NUMBER.format(shown)}
      </p>
      <h1 className="slide__label">
        <span className="visually-hidden">{text} </span>
        {label}
      </h1>
      {note && <p className="slide__note">{note}</p>}
      {source && (
        <p className="slide__source">
          Source: {source.title} · {source.url.replace(/^https:\/\//, '')} · {sourceDates(source)}
        </p>
      )}
    </div>
  );
}
