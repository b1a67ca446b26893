import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscape } from '../../ui/use-escape';
import './filter-drawer.css';

/**
 * The filter column: always shown on wide screens; on narrow ones a drawer opened by a
 * "Filters" button, which takes focus when open and gives it back on close (Esc closes).
 */
export function FilterDrawer({
  activeCount,
  children,
}: {
  activeCount: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  useEscape(open, close);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button filter-toggle"
        aria-expanded={open}
        aria-controls="filters"
        onClick={() => setOpen((value) => !value)}
      >
        {activeCount > 0 ? t('filters.toggleActive', { count: activeCount }) : t('filters.toggle')}
      </button>
      <aside
        id="filters"
        ref={panelRef}
        tabIndex={-1}
        aria-label={t('filters.label')}
        className={open ? 'explorer__filters explorer__filters--open' : 'explorer__filters'}
      >
        <button type="button" className="button drawer-close" onClick={close}>
          {t('filters.showResults')}
        </button>
        {children}
      </aside>
    </>
  );
}
