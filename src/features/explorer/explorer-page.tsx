import { Link } from '@tanstack/react-router';
import { useEcosystems } from '../../api/ecosystems';
import { useLocations } from '../../api/locations';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';

function LocationCounts() {
  const { locations } = useLocations();
  const { ecosystems } = useEcosystems();
  return (
    <>
      <h2>Which ecosystem would you like to connect with?</h2>
      <ul className="location-list">
        <li>All ({ecosystems.length})</li>
        {locations.map((location) => (
          <li key={location.id}>
            {location.label} ({location.ecosystemCount})
          </li>
        ))}
      </ul>
      <h2>Ecosystems</h2>
      <ul>
        {ecosystems.map((ecosystem) => (
          <li key={ecosystem.id}>
            <Link to="/ecosystems/$id" params={{ id: ecosystem.id }}>
              {ecosystem.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ExplorerPage() {
  usePageTitle(undefined);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Digital health ecosystems of the world</h1>
      <p className="badge">The map is coming soon</p>
      <QueryBoundary title="The ecosystems could not be loaded">
        <LocationCounts />
      </QueryBoundary>
    </section>
  );
}
