// The share card of a prerendered page: a 1200 x 630 PNG for og:image and twitter:image, laid
// out by satori with the bundled Noto Sans (latin, with æøå) and rasterised by resvg. A card is
// named and cached by a hash of what it shows, so an unchanged page is never drawn again.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const CARD = { width: 1200, height: 630 } as const;
/** Bump when the drawing changes, so every cached card is drawn anew. */
const DRAWING_VERSION = 1;
const COLOURS = { background: '#0b4f6c', ink: '#ffffff', soft: '#cfe3ef', accent: '#ffc266' };

/** What a card shows: words already in the page's language, points as [lng, lat]. */
export interface CardContent {
  /** The small line above the title ("Ecosystem Atlas"). */
  kicker: string;
  title: string;
  subtitle?: string;
  /** One sourced figure, as large as the card allows, with its label and its source's name. */
  figure?: { value: string; label: string; source: string };
  /** Points for a simple map (the explorer's card). */
  points?: readonly (readonly [number, number])[];
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, children?: unknown): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The map's box: below the title, the whole width. */
const MAP = { top: 250, height: CARD.height - 270 };

/** Longitude and latitude in the map's box, equirectangular, latitudes 60°S to 75°N. */
function place([lng, lat]: readonly [number, number]): { left: number; top: number } {
  return {
    left: 40 + ((lng + 180) / 360) * (CARD.width - 80),
    top: MAP.top + ((75 - Math.max(-60, Math.min(75, lat))) / 135) * MAP.height,
  };
}

function layout(card: CardContent): Node {
  const dots = (card.points ?? []).map((point) => {
    const { left, top } = place(point);
    return box({
      position: 'absolute',
      left: left - 9,
      top: top - 9,
      width: 18,
      height: 18,
      borderRadius: 9,
      background: COLOURS.accent,
      opacity: 0.85,
    });
  });
  const text = [
    box({ fontSize: 30, color: COLOURS.soft, fontWeight: 700 }, card.kicker),
    box(
      {
        fontSize: card.title.length > 40 ? 52 : 64,
        fontWeight: 700,
        lineHeight: 1.1,
        marginTop: 12,
      },
      card.title,
    ),
    card.subtitle ? box({ fontSize: 32, color: COLOURS.soft, marginTop: 12 }, card.subtitle) : null,
    card.figure
      ? box({ flexDirection: 'column', marginTop: 'auto' }, [
          box({ alignItems: 'baseline', gap: 24 }, [
            box({ fontSize: 80, fontWeight: 700, color: COLOURS.accent }, card.figure.value),
            box({ fontSize: 32 }, card.figure.label),
          ]),
          box({ fontSize: 24, color: COLOURS.soft, marginTop: 8 }, card.figure.source),
        ])
      : null,
  ].filter(Boolean);
  return box(
    {
      position: 'relative',
      width: CARD.width,
      height: CARD.height,
      background: COLOURS.background,
      color: COLOURS.ink,
      fontFamily: 'Noto Sans',
    },
    [
      ...dots,
      box(
        { position: 'absolute', top: 48, left: 72, right: 72, bottom: 44, flexDirection: 'column' },
        text,
      ),
    ],
  );
}

let fonts:
  Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  const require = createRequire(import.meta.url);
  const file = (weight: number) =>
    require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Noto Sans',
      data: await readFile(file(weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The card as PNG bytes. */
export async function drawCard(card: CardContent): Promise<Buffer> {
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
    ...CARD,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng();
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * Writes the card into `outDir/share/<hash>.png`, drawing it only when the cache has no card
 * of that content. Returns its path under the site's base and whether it was drawn.
 */
export async function shareCard(
  card: CardContent,
  { outDir, cacheDir }: { outDir: string; cacheDir: string },
): Promise<{ file: string; drawn: boolean }> {
  const hash = createHash('sha256')
    .update(JSON.stringify({ DRAWING_VERSION, card }))
    .digest('hex')
    .slice(0, 16);
  const name = `share/${hash}.png`;
  const cached = path.join(cacheDir, `${hash}.png`);
  const target = path.join(outDir, name);
  await mkdir(path.dirname(target), { recursive: true });
  let drawn = false;
  if (!(await exists(cached))) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cached, await drawCard(card));
    drawn = true;
  }
  if (!(await exists(target))) await copyFile(cached, target);
  return { file: name, drawn };
}
