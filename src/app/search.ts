// How the router reads and writes query strings: plain `key=value` pairs, lists joined by
// commas, empty values left out, so URLs stay short and readable (`?country=denmark,spain`).
import { readableQuery } from '../domain/readable-query';

type SearchValue = string | number | boolean | readonly string[] | undefined | null;

export function parseSearch(searchString: string): Record<string, string> {
  const result: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of new URLSearchParams(searchString)) result[key] = value;
  return result;
}

export function stringifySearch(search: Record<string, SearchValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = readableQuery(params);
  return text ? `?${text}` : '';
}
