import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import type { EcosystemSummary, Location } from '../../api/documents';
import type { FilterSearch } from '../../domain/url-state';

export interface EcosystemListProps {
  ecosystems: readonly EcosystemSummary[];
  locationsById: ReadonlyMap<string, Location>;
  selectedId: string | undefined;
  /** The filters, carried to the ecosystem page so "back to the map" keeps them. */
  linkSearch: FilterSearch;
  onSelect: (id: string) => void;
  onHighlight: (id: string | undefined) => void;
}

/** The same ecosystems as the map, as a keyboard-friendly list of links. */
export function EcosystemList(props: EcosystemListProps) {
  const { ecosystems, locationsById, selectedId, linkSearch, onSelect, onHighlight } = props;
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!selectedId) return;
    const item = listRef.current?.querySelector('[aria-current="true"]');
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (ecosystems.length === 0) {
    return <p className="empty-state">No ecosystem matches these filters. Try removing one.</p>;
  }
  return (
    <ul className="ecosystem-list" ref={listRef} aria-label="Ecosystems">
      {ecosystems.map((ecosystem) => {
        const location = locationsById.get(ecosystem.locationId);
        const selected = ecosystem.id === selectedId;
        return (
          <li
            key={ecosystem.id}
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
            >
              {ecosystem.name}
            </Link>
            <span className="ecosystem-item__meta">
              {location?.label ?? ecosystem.locationId} · {ecosystem.place}
              {ecosystem.illustrative && <span className="badge badge--small">Illustrative</span>}
            </span>
            <button
              type="button"
              className="link-button"
              aria-label={`Show ${ecosystem.name} on the map`}
              aria-pressed={selected}
              onClick={() => onSelect(ecosystem.id)}
            >
              Show on map
            </button>
          </li>
        );
      })}
    </ul>
  );
}
