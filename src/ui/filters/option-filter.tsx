import { CheckOption, toggle } from './check-option';
import './filter-group.css';

/** A titled group of checkboxes for a small fixed set of options (world regions, themes). */
export function OptionFilter<T extends string>({
  title,
  options,
  labelOf,
  counts,
  selected,
  onChange,
  hideEmpty = false,
}: {
  title: string;
  options: readonly T[];
  /** An option's label in the active language. */
  labelOf: (option: T) => string;
  counts: ReadonlyMap<T, number>;
  selected: readonly T[];
  onChange: (next: T[]) => void;
  hideEmpty?: boolean;
}) {
  const shown = options.filter(
    (option) => !hideEmpty || (counts.get(option) ?? 0) > 0 || selected.includes(option),
  );
  return (
    <fieldset className="filter-group">
      <legend>
        <h2>{title}</h2>
      </legend>
      <div className="chip-options">
        {shown.map((option) => (
          <CheckOption
            key={option}
            label={labelOf(option)}
            count={counts.get(option) ?? 0}
            checked={selected.includes(option)}
            onToggle={() => onChange(toggle(selected, option))}
          />
        ))}
      </div>
    </fieldset>
  );
}
