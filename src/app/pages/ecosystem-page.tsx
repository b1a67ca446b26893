// One ecosystem's page, with "back to the map" and previous / next within the filtered set.
import { Link, useParams } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { ApiError } from '../../api/client';
import { useEcosystem, useEcosystems } from '../../api/ecosystems';
import { useEvents } from '../../api/events';
import { useLocations } from '../../api/locations';
import { Slug } from '../../api/schemas';
import { EcosystemDetail } from '../../features/ecosystems/ecosystem-detail';
import { Gatherings } from '../../features/ecosystems/gatherings';
import { serialiseFilters } from '../../domain/url-state';
import { NotFound } from '../../ui/not-found';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';
import { useExplorerData } from './use-explorer-data';
import { useFilterState } from './use-filter-state';

const MiniMap = lazy(() =>
  import('../../features/map/mini-map').then((module) => ({ default: module.MiniMap })),
);

function SiblingNav({ id }: { id: string }) {
  const { filters } = useFilterState();
  const { filtered } = useExplorerData(filters);
  const search = useMemo(() => serialiseFilters(filters), [filters]);
  const index = filtered.findIndex((ecosystem) => ecosystem.id === id);
  const previous = index > 0 ? filtered[index - 1] : undefined;
  const next = index >= 0 ? filtered[index + 1] : undefined;
  return (
    <nav className="sibling-nav" aria-label="Ecosystems">
      <Link to="/" search={search} className="back-link">
        <span aria-hidden="true">← </span>Back to the map
      </Link>
      {index >= 0 && (
        <span className="muted">
          {index + 1} of {filtered.length}
        </span>
      )}
      <span className="sibling-nav__steps">
        {previous && (
          <Link to="/ecosystems/$id" params={{ id: previous.id }} search={search} rel="prev">
            Previous: {previous.name}
          </Link>
        )}
        {next && (
          <Link to="/ecosystems/$id" params={{ id: next.id }} search={search} rel="next">
            Next: {next.name}
          </Link>
        )}
      </span>
    </nav>
  );
}

function EcosystemGatherings({ id }: { id: string }) {
  const { events } = useEvents();
  const { ecosystems } = useEcosystems();
  const own = useMemo(() => events.filter((event) => event.hosts.includes(id)), [events, id]);
  const names = useMemo(
    () => new Map(ecosystems.map((ecosystem) => [ecosystem.id, ecosystem.name])),
    [ecosystems],
  );
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  return <Gatherings events={own} today={today} nameOf={(host) => names.get(host)} />;
}

function EcosystemContent({ id }: { id: string }) {
  const { ecosystem } = useEcosystem(id);
  const { locations } = useLocations();
  const location = locations.find((candidate) => candidate.id === ecosystem.locationId);
  usePageTitle(ecosystem.name);
  return (
    <>
      <SiblingNav id={id} />
      <EcosystemDetail
        ecosystem={ecosystem}
        location={location}
        gatherings={
          <QueryBoundary title="The gatherings could not be loaded">
            <EcosystemGatherings id={id} />
          </QueryBoundary>
        }
        map={
          <Suspense fallback={null}>
            <MiniMap point={ecosystem.coordinates} name={ecosystem.name} />
          </Suspense>
        }
      />
    </>
  );
}

export function EcosystemPage() {
  const { id } = useParams({ from: '/ecosystems/$id' });
  if (!Slug.safeParse(id).success) return <NotFound what="ecosystem" />;
  return (
    <div className="page">
      <QueryBoundary
        title="This ecosystem could not be loaded"
        renderError={(error) =>
          error instanceof ApiError && error.status === 404 ? <NotFound what="ecosystem" /> : null
        }
      >
        <EcosystemContent id={id} />
      </QueryBoundary>
    </div>
  );
}
