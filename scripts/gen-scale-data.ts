// Writes deterministic synthetic datasets (1,000, 10,000 and 100,000 ecosystems by default)
// that pass the same validation as data/, into .scale-data/<size>/ (git-ignored).
// Usage: tsx scripts/gen-scale-data.ts [--sizes 1000,10000] [--out .scale-data] [--seed 42]
// Then: ATLAS_DATA=.scale-data/10000 npm run build   (or npm start)
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type EcosystemSource, type LngLat, type LocationSource } from '../src/api/schemas';
import { THEMES } from '../src/api/vocabulary';
import { inCountries, loadCountryIndex, type CountryIndex } from './lib/country-index';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    out: { type: 'string', default: '.scale-data' },
    seed: { type: 'string', default: '42' },
  },
});

/** mulberry32: a small, fast, seeded PRNG, so every run writes the same records. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)] as T;

/** A point within the location's radius (a third of it, so it stays on land more often). */
function pointNear(next: () => number, location: LocationSource): LngLat {
  const distance = (location.radiusKm / 3) * Math.sqrt(next());
  const angle = next() * 2 * Math.PI;
  const [lng, lat] = location.centroid;
  const dLat = (distance / 111) * Math.sin(angle);
  const dLng =
    ((distance / 111) * Math.cos(angle)) / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return [
    round(Math.max(-180, Math.min(180, lng + dLng))),
    round(Math.max(-85, Math.min(85, lat + dLat))),
  ];
}

/** A point in the location's country: drawn near its centre until one lands inside. */
function pointIn(next: () => number, location: LocationSource, countries: CountryIndex): LngLat {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const point = pointNear(next, location);
    if (inCountries(countries, point, location.isoNumeric, 0)) return point;
  }
  return location.centroid;
}

const SYNTHETIC_SOURCE = {
  id: 'synthetic',
  title: 'Synthetic record for measuring the atlas at scale (not a real ecosystem)',
  url: 'https://example.org/synthetic',
  published: '2026-11',
  accessed: '2026-11',
  verified: '2026-11',
};

export function syntheticEcosystem(
  next: () => number,
  index: number,
  location: LocationSource,
  countries: CountryIndex,
): EcosystemSource {
  const withFigures = next() > 0.5;
  const joined = 2011 + Math.floor(next() * 15);
  return {
    id: `synthetic-${index}`,
    name: `Synthetic Ecosystem ${index + 1} (${location.label})`,
    locationId: location.id,
    place: location.label,
    coordinates: pointIn(next, location, countries),
    placeholder: false,
    category: 'Regional ecosystem',
    leadOrganisations: [],
    partners: [],
    supportedBy: [],
    description: 'A synthetic record for measuring the atlas at scale.',
    advantages: [],
    priorities: [],
    themes: [pick(next, THEMES), pick(next, THEMES)].filter(
      (theme, i, all) => all.indexOf(theme) === i,
    ),
    figures: withFigures
      ? {
          memberOrganisations: {
            value: 10 + Math.floor(next() * 190),
            qualifier: 'exact',
            source: 'synthetic',
          },
        }
      : {},
    ...(withFigures ? { joinedNetwork: { date: String(joined), source: 'synthetic' } } : {}),
    sources: [SYNTHETIC_SOURCE],
    lastVerified: '2026-11',
  };
}

/** Locations weighted like the real network: Europe holds most ecosystems. */
function weightOf(location: LocationSource): number {
  return location.region === 'europe' ? 4 : 1;
}

async function writeDataset(
  size: number,
  locations: LocationSource[],
  seed: number,
  countries: CountryIndex,
): Promise<void> {
  const dir = path.join(values.out, String(size));
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'ecosystems'), { recursive: true });
  const next = random(seed + size);
  const weighted = locations.flatMap((location) =>
    Array<LocationSource>(weightOf(location)).fill(location),
  );
  const batch: Promise<void>[] = [];
  for (let index = 0; index < size; index += 1) {
    const ecosystem = syntheticEcosystem(next, index, pick(next, weighted), countries);
    batch.push(
      writeFile(path.join(dir, 'ecosystems', `${ecosystem.id}.json`), JSON.stringify(ecosystem)),
    );
    if (batch.length >= 500) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  await copyFile('data/locations.json', path.join(dir, 'locations.json'));
  await copyFile('data/network.json', path.join(dir, 'network.json'));
  await writeFile(path.join(dir, 'events.json'), '[]\n');
  console.log(`gen-scale-data: ${size} ecosystems -> ${dir}/`);
}

const locations = JSON.parse(await readFile('data/locations.json', 'utf8')) as LocationSource[];
const countries = await loadCountryIndex();
for (const size of values.sizes.split(',').map(Number)) {
  await writeDataset(size, locations, Number(values.seed), countries);
}
