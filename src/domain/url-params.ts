// The single-value parameters of the presenter (?slide=, ?auto=, ?kiosk=, ?spotlight=, ?qr=),
// the explorer (?selected=) and embeds (?list=): each parsed from its raw query value, and
// written back with its default left out.
import { slugOrUndefined } from './url-slugs';

// ---- presenter: ?slide=N (1-based), ?auto=SECONDS, ?kiosk=1, ?spotlight=<id> ---------------

export interface PresentParams {
  /** 1-based slide number, when valid. */
  slide: number | undefined;
  /** Seconds per slide for auto-advance, when valid. */
  auto: number | undefined;
  kiosk: boolean;
  spotlight: string | undefined;
}

function positiveInt(value: unknown, max: number): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

/** Slide numbers past the last slide are brought back to it by the presenter. */
export function parsePresent(
  search: Partial<Record<'slide' | 'auto' | 'kiosk' | 'spotlight', unknown>>,
): PresentParams {
  return {
    slide: positiveInt(search.slide, 999),
    auto: positiveInt(search.auto, 3600),
    kiosk: search.kiosk === '1',
    spotlight: slugOrUndefined(search.spotlight),
  };
}

/** `?qr=0` hides the QR code on each slide; shown is the default and is not written. */
export const parseQrShown = (value: unknown): boolean => value !== '0';

/** `?slide=` for a 0-based index: the first slide is the default and is not written. */
export const serialiseSlide = (index: number): string | undefined =>
  index === 0 ? undefined : String(index + 1);

// ---- explorer: ?selected=<id>, the ecosystem whose panel is open ---------------------------

export const parseSelected = (value: unknown): string | undefined => slugOrUndefined(value);

// ---- embeds: ?list=1 (the list beside the map) -------------------------------------------

export interface EmbedParams {
  /** The list of the same ecosystems beside (or below) the map. */
  list: boolean;
}

export const parseEmbed = (search: Partial<Record<'list', unknown>>): EmbedParams => ({
  list: search.list === '1',
});

/** The map alone is the default and is not written. */
export const serialiseEmbed = (params: EmbedParams): Record<'list', string | undefined> => ({
  list: params.list ? '1' : undefined,
});
