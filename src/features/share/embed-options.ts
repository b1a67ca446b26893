// What an embed's code is built from, as the dialog passes it to the builder inside it: a map or
// a chart, its path, the filters it carries and the words of its title. Its own file, so the
// dialog (which loads the builder lazily) and the builder share it without importing each other.
import type { TFunction } from 'i18next';
import type { Location } from '../../api/documents';
import type { Filters } from '../../domain/url-state';

export interface EmbedOptions {
  /** A map offers the list beside it; a chart does not. */
  kind: 'map' | 'chart';
  /** The embed's path under the app's base: `embed`, `embed/chart/growth`. */
  path: string;
  filters: Filters;
  /** For the names of the filtered locations. */
  locations: readonly Pick<Location, 'id' | 'label' | 'kind' | 'iso'>[];
  /** What the embed shows, in a given language ("Map of digital health ecosystems"). */
  subject: (t: TFunction) => string;
}
