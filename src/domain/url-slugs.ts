// What every URL parameter of the atlas is built from: the slug a link's ids must be, and the
// comma-separated lists that `?country=`, `?compare=` and the like hold.
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The items of a comma-separated value, trimmed and lowercased; anything but text, none. */
export function splitList(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item.length > 0);
}

/** A single well-formed slug, else undefined. */
export const slugOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 80 && SLUG.test(value) ? value : undefined;
