// The list for large sets: only the rows in view are in the DOM, so 10,000 ecosystems scroll
// and filter as quickly as 50. Rows keep their position in the whole list for screen readers.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../../api/documents';
import { EcosystemItem, type ItemHandlers } from './ecosystem-item';
import './ecosystem-list.css';

const ROW_ESTIMATE = 76;

export function VirtualList({
  ecosystems,
  locationsById,
  selectedId,
  handlers,
}: {
  ecosystems: readonly EcosystemSummary[];
  locationsById: ReadonlyMap<string, Location>;
  selectedId: string | undefined;
  handlers: ItemHandlers;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: ecosystems.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    getItemKey: (index) => ecosystems[index]?.id ?? index,
  });

  useEffect(() => {
    if (!selectedId) return;
    const index = ecosystems.findIndex((ecosystem) => ecosystem.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, ecosystems, virtualizer]);

  return (
    <div className="list-scroller" ref={scrollRef}>
      <ul
        className="ecosystem-list"
        aria-label={t('ecosystem.list.label')}
        style={{ position: 'relative', height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const ecosystem = ecosystems[row.index];
          if (!ecosystem) return null;
          return (
            <EcosystemItem
              key={row.key}
              ecosystem={ecosystem}
              location={locationsById.get(ecosystem.locationId)}
              selected={ecosystem.id === selectedId}
              handlers={handlers}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${row.start}px)`,
              }}
              position={{
                index: row.index + 1,
                size: ecosystems.length,
                measure: virtualizer.measureElement,
              }}
            />
          );
        })}
      </ul>
    </div>
  );
}
