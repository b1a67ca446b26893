// What changed in data/, as the build reads it from the repository's history (changes.json).
import * as z from 'zod/mini';
import { API_VERSION, Count, IsoDateTime, Slug, text } from './schemas';

export const ChangeKind = z.enum(['ecosystem', 'event', 'location', 'network']);
export type ChangeKind = z.infer<typeof ChangeKind>;

export const ChangeAction = z.enum(['added', 'changed', 'removed']);
export type ChangeAction = z.infer<typeof ChangeAction>;

/** A JSON value as the data held it: a string, number, boolean, null, or a list of those. */
const FieldValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
]);

/** One field of a record, by its path ("figures.memberOrganisations.value", "sources[site].url"). */
export const FieldChange = z.strictObject({
  field: text(1, 300),
  /** Absent when the field was added. */
  before: z.optional(FieldValue),
  /** Absent when the field was removed. */
  after: z.optional(FieldValue),
});
export type FieldChange = z.infer<typeof FieldChange>;

export const DataChange = z.strictObject({
  /** When the change became part of data/: the commit's date. */
  date: IsoDateTime,
  /** The commit that made it, for anyone who wants to read the change itself. */
  commit: z.string().check(z.regex(/^[0-9a-f]{7,40}$/)),
  kind: ChangeKind,
  action: ChangeAction,
  /** The record's id (`network` for the network's own record). */
  id: Slug,
  /** Its name or title after the change (before it, for a removal). */
  name: text(1, 300),
  /** For a change: each field that changed, with its old and new value. */
  fields: z.optional(z.array(FieldChange)),
});
export type DataChange = z.infer<typeof DataChange>;

export const ChangesDocument = z.strictObject({
  apiVersion: z.literal(API_VERSION),
  generatedAt: IsoDateTime,
  /**
   * `available`: every change since data/ began. `unavailable`: the build had no history to
   * read (no git, not a repository, or a shallow clone), so no list is given rather than a wrong one.
   */
  history: z.enum(['available', 'unavailable']),
  /** How many changes the complete list (changes.json) holds; a part may list fewer. */
  total: Count,
  /** Newest first. */
  changes: z.array(DataChange),
});
export type ChangesDocument = z.infer<typeof ChangesDocument>;
