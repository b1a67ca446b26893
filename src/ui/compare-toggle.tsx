// "Add to comparison" on list rows, the map card and ecosystem pages. The choice lives in the
// URL (`?compare=`); the app provides it here, so the features need not pass it down.
import { createContext, useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import './compare-toggle.css';

export interface CompareChoice {
  ids: readonly string[];
  /** The most a comparison holds. */
  max: number;
  toggle: (id: string) => void;
}

export const CompareChoiceContext = createContext<CompareChoice | undefined>(undefined);

/**
 * Adds the ecosystem to the comparison or takes it out. With the comparison full, the button
 * stays focusable but does nothing, and says why. Renders nothing where no choice is provided.
 */
export function CompareToggle({
  id,
  name,
  compact = false,
}: {
  id: string;
  name: string;
  /** In a list row: a link-style button, and the reason for screen readers only. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const choice = useContext(CompareChoiceContext);
  const reasonId = useId();
  if (!choice) return null;
  const chosen = choice.ids.includes(id);
  const full = !chosen && choice.ids.length >= choice.max;
  return (
    <span className="compare-toggle">
      <button
        type="button"
        className={compact ? 'link-button' : 'button button--quiet'}
        aria-label={
          chosen ? t('compare.toggle.removeName', { name }) : t('compare.toggle.addName', { name })
        }
        aria-disabled={full ? true : undefined}
        aria-describedby={full ? reasonId : undefined}
        onClick={() => {
          if (!full) choice.toggle(id);
        }}
      >
        {chosen ? t('compare.toggle.remove') : t('compare.toggle.add')}
      </button>
      {full && (
        <span id={reasonId} className={compact ? 'visually-hidden' : 'compare-toggle__reason'}>
          {t('compare.toggle.full')}
        </span>
      )}
    </span>
  );
}
