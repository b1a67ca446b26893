// Reading data/ files record by record, so one broken record never hides the others, and
// turning schema issues into errors that name file, record id and field.
import type * as z from 'zod/mini';
import type { DataError, RawFile } from './validate-types';

function parseJson(file: RawFile, errors: DataError[], id = '-'): unknown {
  try {
    return JSON.parse(file.text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    errors.push({
      file: file.path,
      id,
      field: '(file)',
      message: `malformed JSON: ${reason}`,
    });
    return undefined;
  }
}

function idOf(value: unknown, fallback: string): string {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const { id } = value;
    if (typeof id === 'string' && id.length > 0) return id.slice(0, 80);
  }
  return fallback;
}

function schemaErrors(file: string, id: string, issues: z.core.$ZodIssue[]): DataError[] {
  return issues.map((issue) => ({
    file,
    id,
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(record)',
    message: issue.message,
  }));
}

/** Parses an array file record by record, so that one bad record does not hide the others. */
export function parseRecords<T>(
  file: RawFile,
  schema: z.ZodMiniType<T>,
  errors: DataError[],
  label: string,
): T[] {
  const json = parseJson(file, errors);
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    errors.push({
      file: file.path,
      id: '-',
      field: '(file)',
      message: `must be an array of ${label}`,
    });
    return [];
  }
  const records: T[] = [];
  json.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) records.push(result.data);
    else errors.push(...schemaErrors(file.path, idOf(item, `#${index}`), result.error.issues));
  });
  return records;
}

/** Parses a one-record file; `id` is the record's id even when the record is invalid. */
export function parseOne<T>(
  file: RawFile,
  schema: z.ZodMiniType<T>,
  errors: DataError[],
  fallbackId: string,
): { id: string; data?: T } {
  const json = parseJson(file, errors, fallbackId);
  if (json === undefined) return { id: fallbackId };
  const id = idOf(json, fallbackId);
  const result = schema.safeParse(json);
  if (result.success) return { id, data: result.data };
  errors.push(...schemaErrors(file.path, id, result.error.issues));
  return { id };
}

export function checkUnique(
  items: { item: { id: string }; file: string }[],
  errors: DataError[],
): void {
  const seen = new Map<string, string>();
  for (const { item, file } of items) {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, file);
    else
      errors.push({
        file,
        id: item.id,
        field: 'id',
        message: `duplicate id, first used in ${first}`,
      });
  }
}
