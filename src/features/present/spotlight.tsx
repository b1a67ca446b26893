import { useEcosystem } from '../../api/ecosystems';
import type { EcosystemSummary, Location } from '../../api/documents';
import { useEcosystemNames } from '../../i18n/ecosystem-names';
import { SpotlightSlide } from './slides/spotlight-slide';

/** The spotlight: the one asked for, else an ecosystem with public details, changing monthly. */
export function chooseSpotlight(
  ecosystems: readonly EcosystemSummary[],
  requested: string | undefined,
  now: Date,
): string | undefined {
  if (requested && ecosystems.some((ecosystem) => ecosystem.id === requested)) return requested;
  const pool = ecosystems.filter((ecosystem) => !ecosystem.placeholder);
  const candidates = pool.length > 0 ? pool : ecosystems;
  return candidates[(now.getFullYear() * 12 + now.getMonth()) % Math.max(1, candidates.length)]?.id;
}

export function Spotlight({ id, locations }: { id: string; locations: readonly Location[] }) {
  const { ecosystem } = useEcosystem(id);
  const names = useEcosystemNames();
  const location = locations.find((candidate) => candidate.id === ecosystem.locationId);
  // Where it is in the visitor's language: "Danmark · Odense".
  return <SpotlightSlide ecosystem={ecosystem} locationLabel={names.where(ecosystem, location)} />;
}
