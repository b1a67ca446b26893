// How a figure is worded around its number: "90+", "more than 600", "about 3 billion", in the
// visitor's language. A published figure keeps the wording its source chose (the record's
// `display`, in English, says which); a sum of figures takes the weakest claim its parts allow.
import type { Qualifier } from '../api/schemas';

export type FigureWording = 'exact' | 'plus' | 'at-least' | 'more-than' | 'about';

/** The catalogue key of each wording, under `figures.wording`. */
export const WORDING_KEYS = {
  exact: 'exact',
  plus: 'plus',
  'at-least': 'atLeast',
  'more-than': 'moreThan',
  about: 'about',
} as const satisfies Record<FigureWording, string>;

/** The wording a published figure's source used, read from its English `display`. */
export function publishedWording(figure: { qualifier: Qualifier; display: string }): FigureWording {
  const display = figure.display.trim().toLowerCase();
  if (/^(more than|over)\s/.test(display)) return 'more-than';
  if (/^at least\s/.test(display)) return 'at-least';
  if (/^(about|around|nearly|almost)\s/.test(display)) return 'about';
  if (display.endsWith('+')) return 'plus';
  if (figure.qualifier === 'at-least') return 'plus';
  return figure.qualifier;
}

/**
 * The wording of a sum: exact parts add up exactly; "at least" parts make it "at least";
 * "about" parts make it "about"; "at least" with "about" is "more than" (the known lower
 * bounds plus a rounded figure: the total is above their sum, by how much is not known).
 */
export function sumWording(qualifiers: readonly Qualifier[]): FigureWording {
  const atLeast = qualifiers.includes('at-least');
  const about = qualifiers.includes('about');
  if (atLeast && about) return 'more-than';
  if (about) return 'about';
  if (atLeast) return 'at-least';
  return 'exact';
}
