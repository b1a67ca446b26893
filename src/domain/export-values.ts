// The cells of a download's record, and how a figure and the source it names become them: the
// value, its qualifier, what it counts, the source's address and when that was last checked,
// null for each that the record does not publish.
import type { Figure, Source } from '../api/schemas';
import { checkedOn, type CheckedSource } from './checked';

export type ExportValue = string | number | boolean | null;

/** What a download needs of a source: its address and when it was last checked. */
export type ExportableSource = Pick<Source, 'id' | 'url' | 'accessed'> &
  Pick<CheckedSource, 'verified'>;

export const sourceUrl = (
  sources: readonly ExportableSource[],
  id: string | undefined,
): string | null =>
  id === undefined ? null : (sources.find((source) => source.id === id)?.url ?? null);

/** When the source a value names was last checked, as precisely as the record says. */
export const sourceChecked = (sources: readonly ExportableSource[], id: string | undefined) => {
  const source = id === undefined ? undefined : sources.find((candidate) => candidate.id === id);
  return source ? checkedOn(source) : null;
};

export function figureFields(figure: Figure | undefined, sources: readonly ExportableSource[]) {
  return [
    figure?.value ?? null,
    figure?.qualifier ?? null,
    figure?.counts ?? null,
    sourceUrl(sources, figure?.source),
    sourceChecked(sources, figure?.source),
  ] as const;
}
