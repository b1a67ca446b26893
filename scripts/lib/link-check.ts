// Asks each address whether it still answers: politely (one request at a time per host, a pause
// between them, a timeout, a few retries for what may pass) and without following anyone's
// redirects blindly: a moved page is reported with the address it moved to.

export type LinkStatus = 'answered' | 'moved' | 'gone' | 'timed-out' | 'error';

export interface LinkResult {
  url: string;
  status: LinkStatus;
  /** The last HTTP status seen, when there was an answer. */
  code?: number;
  /** Where a moved page now is (after every redirect, at most `maxRedirects`). */
  movedTo?: string;
  /** True when every redirect on the way was permanent (301, 308). */
  permanent?: boolean;
  /** Requests made for this address, retries included. */
  attempts: number;
  /** What went wrong, in the words of the network stack. */
  detail?: string;
}

export interface CheckOptions {
  /** Per request, in ms. */
  timeoutMs?: number;
  /** Further tries after a timeout, a 5xx, a 429 or a network error. */
  retries?: number;
  /** Pause between two requests to the same host, and before a retry (doubled each time), ms. */
  delayMs?: number;
  /** Hosts asked at the same time. */
  concurrency?: number;
  maxRedirects?: number;
  userAgent?: string;
  fetch?: typeof fetch;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Attempt =
  | { kind: 'response'; code: number; location: string | null }
  | { kind: 'timeout' }
  | { kind: 'failure'; detail: string };

async function request(url: string, method: string, options: Required<CheckOptions>) {
  try {
    const response = await options.fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'User-Agent': options.userAgent, Accept: 'text/html,*/*;q=0.8' },
    });
    // Only the status matters: leave the body unread, and let the connection go.
    await response.body?.cancel();
    return {
      kind: 'response',
      code: response.status,
      location: response.headers.get('location'),
    } satisfies Attempt;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' } as const;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    return { kind: 'failure', detail: cause || String(error) } as const;
  }
}

/** One address, one hop: HEAD first, GET when the server does not do HEAD; retries what may pass. */
async function hop(url: string, options: Required<CheckOptions>, count: () => void) {
  let last: Attempt = { kind: 'failure', detail: 'not tried' };
  for (let attempt = 0; attempt <= options.retries; attempt += 1) {
    if (attempt > 0) await sleep(options.delayMs * 2 ** (attempt - 1));
    count();
    last = await request(url, 'HEAD', options);
    if (last.kind === 'response' && [403, 405, 501].includes(last.code)) {
      count();
      last = await request(url, 'GET', options);
    }
    const passing =
      last.kind !== 'response' || last.code >= 500 || last.code === 429 || last.code === 408;
    if (!passing) break;
  }
  return last;
}

export async function checkUrl(url: string, options: Required<CheckOptions>): Promise<LinkResult> {
  let attempts = 0;
  const count = () => (attempts += 1);
  let current = url;
  let permanent = true;
  for (let redirects = 0; ; redirects += 1) {
    const result = await hop(current, options, count);
    const moved = current === url ? {} : { movedTo: current, permanent };
    if (result.kind === 'timeout') return { url, status: 'timed-out', attempts, ...moved };
    if (result.kind === 'failure')
      return { url, status: 'error', attempts, detail: result.detail, ...moved };
    const { code, location } = result;
    if (REDIRECTS.has(code) && location && redirects < options.maxRedirects) {
      permanent &&= code === 301 || code === 308;
      current = new URL(location, current).href;
      if (options.delayMs > 0) await sleep(options.delayMs);
      continue;
    }
    if (code >= 200 && code < 300)
      return current === url
        ? { url, status: 'answered', code, attempts }
        : { url, status: 'moved', code, attempts, movedTo: current, permanent };
    if (code === 404 || code === 410) return { url, status: 'gone', code, attempts, ...moved };
    return { url, status: 'error', code, attempts, ...moved };
  }
}

/** Checks every address (each once), hosts in parallel, each host's addresses one after another. */
export async function checkUrls(
  urls: readonly string[],
  options: CheckOptions = {},
): Promise<LinkResult[]> {
  const settings: Required<CheckOptions> = {
    timeoutMs: 15_000,
    retries: 2,
    delayMs: 1_000,
    concurrency: 4,
    maxRedirects: 5,
    userAgent: 'EcosystemAtlas-source-check/1',
    fetch: globalThis.fetch,
    ...options,
  };
  const unique = [...new Set(urls)];
  const byHost = new Map<string, string[]>();
  for (const url of unique) {
    const host = URL.canParse(url) ? new URL(url).host : url;
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const results = new Map<string, LinkResult>();
  const queues = [...byHost.values()];
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const [index, url] of queue.entries()) {
        if (index > 0 && settings.delayMs > 0) await sleep(settings.delayMs);
        results.set(
          url,
          URL.canParse(url)
            ? await checkUrl(url, settings)
            : { url, status: 'error', attempts: 0, detail: 'not a URL' },
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
  return unique.map((url) => results.get(url) as LinkResult);
}
