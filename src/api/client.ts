// fetchJson: the one way the app reads the API. Every answer is checked (status, content
// type, JSON, schema) so that a component only ever sees data of the documented shape.
import type * as z from 'zod/mini';

export const DEFAULT_TIMEOUT_MS = 10_000;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'http' | 'timeout' | 'network' | 'not-json' | 'schema',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Whether asking again could help: server trouble and lost connections, not bad data. */
  get retryable(): boolean {
    if (this.kind === 'http') return this.status !== undefined && this.status >= 500;
    return this.kind === 'network' || this.kind === 'timeout';
  }
}

/** Resolves an API path (`locations.json`) against the app's base URL. */
export function apiUrl(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  return `${base}api/v1/${path}`;
}

export interface FetchJsonOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function fetchJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: FetchJsonOptions = {},
): Promise<T> {
  // A plain timer rather than AbortSignal.timeout: it pauses with the page like every other
  // timer, and tests can move it with fake timers.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (cause) {
    if (timeout.signal.aborted) {
      throw new ApiError(`No answer within ${timeoutMs / 1000} s`, 'timeout');
    }
    if (signal?.aborted) throw cause;
    throw new ApiError('The network is unreachable', 'network');
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new ApiError(`The server answered ${response.status}`, 'http', response.status);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(`Expected JSON but got ${type || 'no content type'}`, 'not-json');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError('The answer is not valid JSON', 'not-json');
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    throw new ApiError(`The answer has an unexpected shape${where}`, 'schema');
  }
  return result.data;
}

/** React Query retry policy: up to 3 tries for retryable errors, never for 4xx or bad data. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 3 && error instanceof ApiError && error.retryable;
}
