// The URL is the state of the explorer and dashboard: every URL parameter the atlas reads or
// writes is parsed and serialised by the modules this one gathers, so that a page imports them
// from one place. Defaults are left out, lists are comma-separated, and anything unknown or
// malformed is dropped and reported so the page can tell the user.
export {
  activeFilterCount,
  cleanQuery,
  EMPTY_FILTERS,
  FILTER_PARAMS,
  filterSearchOf,
  isEmptyFilters,
  MAX_QUERY_LENGTH,
  parseFilters,
  serialiseFilters,
  YEAR_RANGE,
  type FilterSearch,
  type Filters,
  type ParsedFilters,
  type RawFilterSearch,
} from './url-filters';
export {
  parseEmbed,
  parsePresent,
  parseQrShown,
  parseSelected,
  serialiseEmbed,
  serialiseSlide,
  type EmbedParams,
  type PresentParams,
} from './url-params';
export {
  MAX_COMPARE,
  parseCompareIds,
  serialiseCompareIds,
  type CompareDropReason,
  type DroppedId,
  type ParsedCompareIds,
} from './url-compare';
