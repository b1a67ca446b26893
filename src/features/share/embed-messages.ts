// The embed's postMessage protocol (docs/embed-messages.md): what a host page may send and what
// the embed reports. Message types carry their version (`/v1`); a new shape gets a new type.
import { parseFilters, type Filters } from '../../domain/url-state';

export const MESSAGE = {
  /** host → embed: `{ filters: { country, region, theme, q, year } }`, as in the URL. */
  setFilters: 'atlas:set-filters/v1',
  /** host → embed: `{ language: 'da' }`. */
  setLanguage: 'atlas:set-language/v1',
  /** embed → host: `{ filters, language }` once it runs, and whenever they change. */
  ready: 'atlas:ready/v1',
  /** embed → host: `{ id }` of the ecosystem the visitor selected, or `null`. */
  selection: 'atlas:selection/v1',
  /** embed → host: `{ height }` of the embed's content, in CSS pixels. */
  height: 'atlas:height/v1',
} as const;

/**
 * The origins the embed listens to besides its own: `?origin=https://a.example,https://b.example`.
 * Anything that is not an http(s) origin is ignored.
 */
export function trustedOrigins(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value.split(',').flatMap((item) => {
    try {
      const url = new URL(item.trim());
      return /^https?:$/.test(url.protocol) && url.origin === item.trim().replace(/\/$/, '')
        ? [url.origin]
        : [];
    } catch {
      return [];
    }
  });
}

const asText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? value.join(',')
      : typeof value === 'number'
        ? String(value)
        : undefined;

export type HostMessage =
  { kind: 'filters'; filters: Filters } | { kind: 'language'; language: string };

/** A host's message as the embed acts on it, or undefined for anything else. */
export function readHostMessage(data: unknown): HostMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === MESSAGE.setFilters && typeof message.filters === 'object') {
    const raw = (message.filters ?? {}) as Record<string, unknown>;
    const { filters } = parseFilters(
      {
        country: asText(raw.country),
        region: asText(raw.region),
        theme: asText(raw.theme),
        q: asText(raw.q),
        year: asText(raw.year),
      },
      undefined,
    );
    return { kind: 'filters', filters };
  }
  if (message.type === MESSAGE.setLanguage && typeof message.language === 'string') {
    return { kind: 'language', language: message.language };
  }
  return undefined;
}
