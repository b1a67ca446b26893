// The code another site pastes to show the atlas: the embed's absolute address, carrying only
// the options that differ from their defaults, in an <iframe> whose attribute values are
// escaped. Also the sizes offered and the checks on a custom size.
import { readableQuery } from './readable-query';

/** A width in CSS pixels, or the full width of the page it sits in. */
export type EmbedWidth = number | 'full';

export interface EmbedSize {
  width: EmbedWidth;
  height: number;
}

export type PresetId = 'small' | 'medium' | 'large' | 'full';

export interface EmbedPreset extends EmbedSize {
  id: PresetId;
}

export const MAP_PRESETS: readonly EmbedPreset[] = [
  { id: 'small', width: 480, height: 360 },
  { id: 'medium', width: 720, height: 480 },
  { id: 'large', width: 960, height: 600 },
  { id: 'full', width: 'full', height: 600 },
];

/**
 * A chart carries its title, takeaway and source, so it needs more height than a map, the more
 * the narrower it is (the words wrap). These hold the tallest chart (growth, with the network's
 * sources) in English and Danish; a longer one scrolls inside its frame.
 */
export const CHART_PRESETS: readonly EmbedPreset[] = [
  { id: 'small', width: 480, height: 680 },
  { id: 'medium', width: 640, height: 640 },
  { id: 'large', width: 880, height: 600 },
  { id: 'full', width: 'full', height: 600 },
];

/** Below these the map's controls and the chart's labels no longer fit. */
export const SIZE_LIMITS = {
  width: { min: 240, max: 2400 },
  height: { min: 200, max: 2000 },
} as const;

export type Dimension = keyof typeof SIZE_LIMITS;
export type SizeProblem = 'empty' | 'notWhole' | 'tooSmall' | 'tooLarge';
export type SizeCheck = { ok: true; value: number } | { ok: false; problem: SizeProblem };

/** A custom width or height as typed: a whole number of pixels within the limits. */
export function checkDimension(text: string, dimension: Dimension): SizeCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!/^\d{1,6}$/.test(trimmed)) return { ok: false, problem: 'notWhole' };
  const value = Number(trimmed);
  const { min, max } = SIZE_LIMITS[dimension];
  if (value < min) return { ok: false, problem: 'tooSmall' };
  if (value > max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

/**
 * The embed's absolute address: `origin` + `base` + `path`, with the query values that are
 * set, in the order given. Empty values are defaults: not written. `base` is the app's root in
 * the embed's language (BASE_URL, or BASE_URL + "da/" for Danish): the language is in the path.
 */
export function embedUrl({
  origin,
  base,
  path,
  search,
}: {
  origin: string;
  base: string;
  path: string;
  search: Readonly<Record<string, string | undefined>>;
}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  // Commas are safe in a query value and keep lists readable (`country=denmark,spain`).
  const query = readableQuery(params);
  const prefix = base.replace(/^\/+|\/+$/g, '');
  const root = `${origin.replace(/\/+$/, '')}/${prefix ? `${prefix}/` : ''}`;
  return `${root}${path.replace(/^\//, '')}${query ? `?${query}` : ''}`;
}

/** Safe inside a double-quoted attribute value, and readable: `&`, quotes and brackets. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export const widthAttribute = (width: EmbedWidth): string =>
  width === 'full' ? '100%' : String(width);

/** The <iframe> element to paste, on one line. */
export function embedSnippet({
  src,
  title,
  size,
}: {
  src: string;
  title: string;
  size: EmbedSize;
}): string {
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(title)}"`,
    `width="${widthAttribute(size.width)}"`,
    `height="${size.height}"`,
    'loading="lazy" style="border:0"></iframe>',
  ].join(' ');
}
