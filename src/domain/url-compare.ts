// The ecosystems a comparison holds, in the URL: ?ids=a,b on /compare, ?compare=a,b (the tray)
// on any other page. Parsed in the link's order, with each dropped id and why reported.
import { SLUG, splitList } from './url-slugs';

/** The most ecosystems a comparison holds. */
export const MAX_COMPARE = 4;

export type CompareDropReason = 'unknown' | 'repeated' | 'too-many';

export interface DroppedId {
  /** As the link spelt it (lowercased, truncated), for the notice. */
  value: string;
  reason: CompareDropReason;
}

export interface ParsedCompareIds {
  ids: string[];
  dropped: DroppedId[];
}

/**
 * Ecosystem ids in the link's order: malformed or unknown ones, repeats and any past the
 * fourth are dropped and reported. `knownIds` is undefined while the ecosystems load: then
 * every well-formed id is kept for now, and unknown ones are dropped once the list is known.
 */
export function parseCompareIds(
  value: unknown,
  knownIds: ReadonlySet<string> | undefined,
): ParsedCompareIds {
  const ids: string[] = [];
  const dropped: DroppedId[] = [];
  for (const item of splitList(value)) {
    const shown = item.length > 40 ? `${item.slice(0, 40)}…` : item;
    const wellFormed = item.length <= 80 && SLUG.test(item);
    if (!wellFormed || (knownIds !== undefined && !knownIds.has(item)))
      dropped.push({ value: shown, reason: 'unknown' });
    else if (ids.includes(item)) dropped.push({ value: shown, reason: 'repeated' });
    else if (ids.length >= MAX_COMPARE) dropped.push({ value: shown, reason: 'too-many' });
    else ids.push(item);
  }
  return { ids, dropped };
}

/** `a,b` for the link; no ids, no parameter. */
export const serialiseCompareIds = (ids: readonly string[]): string | undefined =>
  ids.length > 0 ? ids.join(',') : undefined;
