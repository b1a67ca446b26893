// The filters that pick values from a fixed list (world region, theme), one row each. The URL,
// the matching and the faceted counts, the controls of the explorer and the dashboard, an
// embed's title and the names of downloads all read this list: a new such filter is a row here
// and its words in the catalogues.
import type { ParseKeys } from 'i18next';
import type { EcosystemSummary } from '../api/documents';
import type { WorldRegion } from '../api/schemas';
import { THEMES, WORLD_REGIONS } from '../api/vocabulary';

/** What a row may look up to find an ecosystem's values. */
export interface ListFilterContext {
  regionOf: ReadonlyMap<string, WorldRegion>;
}

export interface ListFilter<
  Field extends string = string,
  Value extends string = string,
  Param extends string = string,
> {
  /** Its key in `Filters` and `Facets` (`regions`). */
  readonly field: Field;
  /** Its URL parameter (`?region=europe,asia`). */
  readonly param: Param;
  /** Every value it offers, in the order the controls show them. */
  readonly options: readonly Value[];
  /** The values an ecosystem has; it passes when one of them is selected. */
  valuesOf(ecosystem: EcosystemSummary, context: ListFilterContext): readonly Value[];
  /** The control's heading in the catalogues. */
  readonly titleKey: ParseKeys;
  /** An option's name in the catalogues. */
  labelKey(value: Value): ParseKeys;
  /** Options no ecosystem has are left out of the control (unless selected). */
  readonly hideEmpty: boolean;
}

const row = <Field extends string, Value extends string, Param extends string>(
  filter: ListFilter<Field, Value, Param>,
) => filter;

export const REGION_FILTER = row({
  field: 'regions',
  param: 'region',
  options: WORLD_REGIONS,
  valuesOf: (ecosystem, { regionOf }) => {
    const region = regionOf.get(ecosystem.locationId);
    return region ? [region] : [];
  },
  titleKey: 'filters.region',
  labelKey: (region) => `labels.region.${region}`,
  hideEmpty: true,
});

export const THEME_FILTER = row({
  field: 'themes',
  param: 'theme',
  options: THEMES,
  valuesOf: (ecosystem) => ecosystem.themes,
  titleKey: 'filters.theme',
  labelKey: (theme) => `labels.theme.${theme}`,
  hideEmpty: false,
});

export const LIST_FILTERS = [REGION_FILTER, THEME_FILTER] as const;

type Row = (typeof LIST_FILTERS)[number];
export type ListField = Row['field'];
export type ListParam = Row['param'];
/** Any row, read through the fields every row has. */
export type AnyListFilter = ListFilter<ListField, string, ListParam>;

/** The values chosen in each list filter, typed by its row. */
export type ListSelections = { [R in Row as R['field']]: R['options'][number][] };

/** The values chosen in one row's filter. */
export const selectedIn = (
  selections: Readonly<Record<ListField, readonly string[]>>,
  filter: AnyListFilter,
): readonly string[] => selections[filter.field];

/** Each row's field with nothing chosen. */
export function noSelections(): ListSelections {
  const empty = Object.fromEntries(LIST_FILTERS.map((filter) => [filter.field, []]));
  // Every field of every row is there, each with an empty list.
  return empty as unknown as ListSelections;
}
