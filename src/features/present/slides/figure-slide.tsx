import { usePrefersReducedMotion } from '../../../ui/use-reduced-motion';
import { useCountUp } from '../use-count-up';

const NUMBER = new Intl.NumberFormat('en-GB');

/** One headline figure, as large as the slide allows. */
export function FigureSlide({
  label,
  value,
  note,
}: {
  label: string;
  value: number;
  note?: string;
}) {
  const reducedMotion = usePrefersReducedMotion();
  const shown = useCountUp(value, { reducedMotion });
  return (
    <div className="slide slide--figure">
      <p className="slide__giant" aria-hidden="true">
        {NUMBER.format(shown)}
      </p>
      <h1 className="slide__label">
        <span className="visually-hidden">{NUMBER.format(value)} </span>
        {label}
      </h1>
      {note && <p className="slide__note">{note}</p>}
    </div>
  );
}
