import { useFormat } from '../../i18n/format';
import './check-option.css';

/** One option of a multi-select filter: a checkbox labelled "Denmark (2)". */
export function CheckOption({
  label,
  count,
  checked,
  onToggle,
}: {
  label: string;
  count: number;
  checked: boolean;
  onToggle: () => void;
}) {
  const format = useFormat();
  return (
    <label
      className={count === 0 && !checked ? 'check-option check-option--empty' : 'check-option'}
    >
      <input type="checkbox" checked={checked} onChange={onToggle} />
      <span>
        {label} ({format.count(count)})
      </span>
    </label>
  );
}

export function toggle<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
}
