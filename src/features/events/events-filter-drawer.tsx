import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscape } from '../../ui/use-escape';
import './events-filters.css';

/**
 * The gatherings' filters, as the explorer shows its own: a column on wide screens; on narrow
 * ones a drawer opened by a "Filters" button above the gatherings, which takes focus when open
 * and gives it back on close (Esc closes).
 */
export function EventsFilterDrawer({
  activeCount,
  actions,
  children,
}: {
  activeCount: number;
  /** Shown in the row of the filter button (the button itself only on narrow screens). */
  actions?: ReactNode;
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
      <div className="events-toolbar">
        <button
          ref={buttonRef}
          type="button"
          className="button events-filter-toggle"
          aria-expanded={open}
          aria-controls="events-filters"
          onClick={() => setOpen((value) => !value)}
        >
          {activeCount > 0
            ? t('filters.toggleActive', { count: activeCount })
            : t('filters.toggle')}
        </button>
        {actions}
      </div>
      <aside
        id="events-filters"
        ref={panelRef}
        tabIndex={-1}
        aria-label={t('events.filters.label')}
        className={open ? 'events-filters events-filters--open' : 'events-filters'}
      >
        <button type="button" className="button events-drawer-close" onClick={close}>
          {t('events.filters.showGatherings')}
        </button>
        {children}
      </aside>
    </>
  );
}
