import * as z from 'zod/mini';
import { API_VERSION, IsoDateTime } from './schemas';

/** Records a list document may hold before it is treated as broken. */
export const MAX_RECORDS = 200_000;

/**
 * The envelope of a list document: its records stay unknown here and are checked one by
 * one afterwards, so a broken record is skipped rather than failing the whole document.
 */
export const envelope = {
  apiVersion: z.literal(API_VERSION),
  generatedAt: IsoDateTime,
};
export const records = z.array(z.unknown()).check(z.maxLength(MAX_RECORDS));

/** Valid, unique records of a list, and how many were skipped. */
export function checkRecords<T extends { id: string }>(
  items: readonly unknown[],
  schema: z.ZodMiniType<T>,
) {
  const parsed = parseEach(items, schema);
  const unique = uniqueById(parsed.items);
  return { items: unique.items, rejected: parsed.rejected + unique.rejected };
}

export interface Checked<T> {
  items: T[];
  /** How many records were skipped. */
  rejected: number;
}

/** Parses each record on its own, so one bad record does not sink the document. */
export function parseEach<T>(items: readonly unknown[], schema: z.ZodMiniType<T>): Checked<T> {
  const parsed: T[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
  }
  return { items: parsed, rejected: items.length - parsed.length };
}

/** Keeps the first record of each id. */
export function uniqueById<T extends { id: string }>(items: readonly T[]): Checked<T> {
  const seen = new Set<string>();
  const kept = items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
  return { items: kept, rejected: items.length - kept.length };
}
