// `vite preview` answers like the static hosts of docs/deploy.md (and deploy/nginx.conf): a
// folder per page (/dashboard from dashboard/index.html, with or without a closing slash),
// an unknown page answered with a 404 by the nearest not-found page (da/404.html for /da/…, as
// Cloudflare Pages looks for it; else 404.html), a missing API
// document a 404 in JSON (never the app's HTML), calendar files as text/calendar in UTF-8.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { API_NOT_FOUND } from './host-files';

interface Answer {
  status: number;
  type: string;
  file?: string;
  body?: string;
}

const isFile = (file: string) =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );

/**
 * What the host answers for `route` (the path under the base, decoded), or undefined to
 * leave the request to Vite's static files (scripts, styles, images, JSON that exists).
 */
async function answerFor(dist: string, route: string): Promise<Answer | undefined> {
  const file = path.join(dist, route);
  if (route.startsWith('/api/')) {
    if (!(await isFile(file)))
      return { status: 404, type: 'application/json', body: API_NOT_FOUND };
    if (route.endsWith('.ics')) return { status: 200, type: 'text/calendar; charset=utf-8', file };
    if (route.endsWith('.atom'))
      return { status: 200, type: 'application/atom+xml; charset=utf-8', file };
    return undefined;
  }
  // A file name with an extension is a static file; a page has none.
  if (/\.[a-z0-9]+$/i.test(route)) return undefined;
  const page = path.join(file, 'index.html');
  if (await isFile(page)) return { status: 200, type: 'text/html; charset=utf-8', file: page };
  for (let folder = path.dirname(file); folder.startsWith(dist); folder = path.dirname(folder)) {
    const notFound = path.join(folder, '404.html');
    if (await isFile(notFound))
      return { status: 404, type: 'text/html; charset=utf-8', file: notFound };
    if (folder === dist) break;
  }
  return undefined;
}

/** A middleware for the preview server: `dist` is the build folder, `base` the BASE_URL. */
export function previewHost({ dist, base }: { dist: string; base: string }) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !pathname.startsWith(base)) {
      next();
      return;
    }
    let route: string;
    try {
      route = `/${decodeURIComponent(pathname.slice(base.length))}`;
    } catch {
      next();
      return;
    }
    const file = path.join(dist, route);
    if ((file !== dist && !file.startsWith(dist + path.sep)) || route.includes('\0')) {
      next();
      return;
    }
    answerFor(dist, route)
      .then(async (answer) => {
        if (!answer) {
          next();
          return;
        }
        const body = answer.file ? await readFile(answer.file) : Buffer.from(answer.body ?? '');
        response.statusCode = answer.status;
        response.setHeader('Content-Type', answer.type);
        response.setHeader('Content-Length', body.length);
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch(() => next());
  };
}
