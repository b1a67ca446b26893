import * as z from 'zod/mini';
import { parseEach, uniqueById } from '../domain/integrity';
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
