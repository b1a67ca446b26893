import type { ReactNode } from 'react';
import { useEcosystem } from '../../api/ecosystems';
import { useLocations } from '../../api/locations';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import { usePageTitle } from '../../ui/page-title';
import { EcosystemDetail } from './ecosystem-detail';

/** One ecosystem's record in full; the page hands in its map and its gatherings. */
export function EcosystemProfile({
  id,
  map,
  gatherings,
}: {
  id: string;
  map: (point: [number, number], name: string) => ReactNode;
  gatherings: ReactNode;
}) {
  const { ecosystem } = useEcosystem(id);
  const { locations } = useLocations();
  const location = locations.find((candidate) => candidate.id === ecosystem.locationId);
  const name = useEcosystemNames().name(ecosystem, location);
  usePageTitle(name);
  return (
    <EcosystemDetail
      ecosystem={ecosystem}
      location={location}
      gatherings={gatherings}
      map={map(ecosystem.coordinates, name)}
    />
  );
}
