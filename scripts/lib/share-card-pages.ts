// The share cards of a build: reads the built API once, then draws (or takes from the cache)
// the card of each page. Used by scripts/prerender.ts; the cache lives in node_modules/.cache.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cardFor, type CardData, type CardWords } from './share-card-content';
import { shareCard } from './share-card';

const CACHE_DIR = path.resolve('node_modules/.cache/atlas-share-cards');

export async function createShareCards(
  dist: string,
  catalogue: (language: string) => Promise<Record<string, unknown>>,
) {
  const read = async <T>(file: string) =>
    JSON.parse(await readFile(path.join(dist, 'api/v1', file), 'utf8')) as T;
  const { locations } = await read<{ locations: CardData['locations'] }>('locations.json');
  const { ecosystems } = await read<{ ecosystems: { coordinates: [number, number] }[] }>(
    'ecosystems.json',
  );
  const stats = await read<{
    network: { figures: (CardData['headline'] & { metric: string; headline: boolean })[] };
  }>('stats.json');
  const headline = stats.network.figures.find((f) => f.headline && f.metric === 'ecosystems');
  const data: CardData | undefined = headline && {
    locations,
    points: ecosystems.map((ecosystem) => ecosystem.coordinates),
    headline,
  };
  const words = new Map<string, CardWords>();
  let drawn = 0;
  let reused = 0;
  return {
    /** The card's path under the site's base (`share/<hash>.png`). */
    async image(
      route: string,
      language: string,
      page: { title: string; ecosystem: Record<string, unknown> | undefined },
    ): Promise<string | undefined> {
      if (!data) return undefined;
      if (!words.has(language))
        words.set(language, (await catalogue(language)) as unknown as CardWords);
      const card = cardFor(route, page, data, words.get(language) as CardWords);
      const result = await shareCard(card, { outDir: dist, cacheDir: CACHE_DIR });
      if (result.drawn) drawn += 1;
      else reused += 1;
      return result.file;
    },
    summary: () => `share cards: ${drawn} drawn, ${reused} from the cache`,
  };
}
