import { Link } from '@tanstack/react-router';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../../api/documents';
import type { FilterSearch } from '../../domain/url-state';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import { CompareToggle } from '../../ui/compare-toggle';
import './ecosystem-item.css';

export interface ItemHandlers {
  linkSearch: FilterSearch;
  onSelect: (id: string) => void;
  onHighlight: (id: string | undefined) => void;
  /** In an embed: ecosystem pages open in a new tab, and there is no comparison to add to. */
  embedded?: boolean;
}

/** One ecosystem in the list: a link to its page, "Show on map" and "Add to comparison". */
export function EcosystemItem({
  ecosystem,
  location,
  selected,
  handlers,
  style,
  position,
}: {
  ecosystem: EcosystemSummary;
  location: Location | undefined;
  selected: boolean;
  handlers: ItemHandlers;
  style?: CSSProperties;
  /** For a virtual list: where this item sits in the whole list (1-based) and its size. */
  position?: { index: number; size: number; measure: (element: HTMLLIElement | null) => void };
}) {
  const { t } = useTranslation();
  const { linkSearch, onSelect, onHighlight, embedded } = handlers;
  const names = useEcosystemNames();
  const name = names.name(ecosystem, location);
  return (
    <li
      ref={position?.measure}
      data-index={position ? position.index - 1 : undefined}
      aria-posinset={position?.index}
      aria-setsize={position?.size}
      style={style}
      className={selected ? 'ecosystem-item ecosystem-item--selected' : 'ecosystem-item'}
      aria-current={selected ? 'true' : undefined}
    >
      <Link
        to="/ecosystems/$id"
        params={{ id: ecosystem.id }}
        search={linkSearch}
        className="ecosystem-item__name"
        onFocus={() => onHighlight(ecosystem.id)}
        onBlur={() => onHighlight(undefined)}
        onMouseEnter={() => onHighlight(ecosystem.id)}
        onMouseLeave={() => onHighlight(undefined)}
        target={embedded ? '_blank' : undefined}
        rel={embedded ? 'noopener' : undefined}
      >
        {name}
        {embedded && <span className="visually-hidden"> {t('common.newTab')}</span>}
      </Link>
      <span className="ecosystem-item__meta">
        {names.where(ecosystem, location)}
        {ecosystem.placeholder && (
          <span className="badge badge--small">{t('ecosystem.placeholder.badge')}</span>
        )}
      </span>
      <button
        type="button"
        className="link-button"
        aria-label={t('ecosystem.item.showOnMapName', { name })}
        aria-pressed={selected}
        onClick={() => onSelect(ecosystem.id)}
      >
        {t('ecosystem.item.showOnMap')}
      </button>
      {!embedded && <CompareToggle id={ecosystem.id} name={name} compact />}
    </li>
  );
}
