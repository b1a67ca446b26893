import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../../api/documents';
import type { FilterSearch } from '../../domain/url-state';
import { EcosystemItem } from './ecosystem-item';
import { VirtualList } from './virtual-list';
import './ecosystem-list.css';

/** From this many ecosystems on, only the rows in view are rendered. */
export const VIRTUALIZE_FROM = 100;

export interface EcosystemListProps {
  ecosystems: readonly EcosystemSummary[];
  locationsById: ReadonlyMap<string, Location>;
  selectedId: string | undefined;
  /** The filters, carried to the ecosystem page so "back to the map" keeps them. */
  linkSearch: FilterSearch;
  onSelect: (id: string) => void;
  onHighlight: (id: string | undefined) => void;
  /** In an embed: see ItemHandlers. */
  embedded?: boolean;
}

/** The same ecosystems as the map, as a keyboard-friendly list of links. */
export function EcosystemList(props: EcosystemListProps) {
  const { ecosystems, locationsById, selectedId, linkSearch, onSelect, onHighlight, embedded } =
    props;
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const handlers = useMemo(
    () => ({ linkSearch, onSelect, onHighlight, embedded }),
    [linkSearch, onSelect, onHighlight, embedded],
  );
  const virtual = ecosystems.length >= VIRTUALIZE_FROM;

  useEffect(() => {
    if (!selectedId || virtual) return;
    const item = listRef.current?.querySelector('[aria-current="true"]');
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, virtual]);

  if (ecosystems.length === 0) {
    return <p className="empty-state">{t('ecosystem.list.empty')}</p>;
  }
  if (virtual) {
    return (
      <VirtualList
        ecosystems={ecosystems}
        locationsById={locationsById}
        selectedId={selectedId}
        handlers={handlers}
      />
    );
  }
  return (
    <div className="list-scroller">
      <ul className="ecosystem-list" ref={listRef} aria-label={t('ecosystem.list.label')}>
        {ecosystems.map((ecosystem) => (
          <EcosystemItem
            key={ecosystem.id}
            ecosystem={ecosystem}
            location={locationsById.get(ecosystem.locationId)}
            selected={ecosystem.id === selectedId}
            handlers={handlers}
          />
        ))}
      </ul>
    </div>
  );
}
