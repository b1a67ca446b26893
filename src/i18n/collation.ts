// Alphabetical order in the active language: Danish puts Æ, Ø and Å after Z, English sorts
// them with A and O. Every list of places sorts through here.
export interface Collation {
  compare: (a: string, b: string) => number;
  /** Items sorted by `nameOf`; an item for which `isAll` holds (the "All" option) comes first. */
  sortBy: <T>(
    items: readonly T[],
    nameOf: (item: T) => string,
    isAll?: (item: T) => boolean,
  ) => T[];
}

export function createCollator(locale: string): Collation {
  const collator = new Intl.Collator([locale], { sensitivity: 'base', numeric: true });
  const compare = (a: string, b: string) => collator.compare(a, b);
  return {
    compare,
    sortBy: (items, nameOf, isAll = () => false) =>
      [...items].sort((a, b) => {
        const first = Number(isAll(b)) - Number(isAll(a));
        return first !== 0 ? first : compare(nameOf(a), nameOf(b));
      }),
  };
}
