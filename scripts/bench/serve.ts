// A small static server for the benchmark: the built app from one folder and its API from
// another, so one build can be measured against datasets of every size. Loopback only.
//
// It answers as a plain static host does: `/about` serves `about.html` or `about/index.html`
// when the build has one (prerendered pages), any other path without an extension falls back
// to `index.html` (the single-page app), and a missing file with an extension is a 404. With
// `compress`, text files go out brotli- or gzip-compressed, as the client accepts (compressed
// once and kept, as a host that precompresses its files would); with `headers`, the build's
// `_headers` file (the Netlify / Cloudflare Pages format) adds its headers to the paths it names.
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { acceptedEncoding, COMPRESSIBLE, createEncoder } from './compression';
import { parseHeadersFile, readFileSyncOr } from './headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

async function fileStat(file: string) {
  try {
    const info = await stat(file);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

export async function serve({
  root,
  api,
  port,
  compress = false,
  headers = false,
}: {
  root: string;
  api?: string;
  port: number;
  /** Send text files brotli- or gzip-compressed (brotli quality 11, gzip level 9). */
  compress?: boolean;
  /** Add the headers of `<root>/_headers` to the paths it names. */
  headers?: boolean;
}): Promise<Server> {
  const rootDir = path.resolve(root);
  const apiDir = api ? path.resolve(api) : undefined;
  const rules = headers ? parseHeadersFile(readFileSyncOr(path.join(rootDir, '_headers'))) : [];
  const encoded = createEncoder();

  /**
   * The file a path names, else `<path>.html`, else `<path>/index.html` (where prerendered pages
   * live, whichever layout the build uses), else undefined.
   */
  async function resolve(base: string, relative: string) {
    const file = path.resolve(base, relative);
    if (file !== base && !file.startsWith(base + path.sep)) return undefined;
    const candidates = [file];
    if (!path.extname(file) && file !== base) candidates.push(`${file}.html`);
    candidates.push(path.join(file, 'index.html'));
    for (const candidate of candidates) {
      const info = await fileStat(candidate);
      if (info) return { file: candidate, info };
    }
    return undefined;
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      const fromApi = apiDir !== undefined && pathname.startsWith('/api/v1/');
      const base = fromApi ? apiDir : rootDir;
      const relative = fromApi ? pathname.slice('/api/v1/'.length) : pathname.slice(1);
      let found = await resolve(base, relative);
      if (!found) {
        if (fromApi || path.extname(pathname)) {
          response.writeHead(404).end();
          return;
        }
        found = await resolve(rootDir, 'index.html');
        if (!found) {
          response.writeHead(404).end();
          return;
        }
      }
      const encoding = compress ? acceptedEncoding(request) : undefined;
      const { body, encoding: sent } = await encoded(found.file, found.info.mtimeMs, encoding);
      const extra = rules
        .filter(
          (rule) =>
            rule.pattern.test(pathname) || rule.pattern.test(pathname.replace(/(.)\/$/, '$1')),
        )
        .flatMap((rule) => rule.headers);
      response.writeHead(200, {
        ...Object.fromEntries(extra),
        'Content-Type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        ...(compress && COMPRESSIBLE.has(path.extname(found.file))
          ? { Vary: 'Accept-Encoding' }
          : {}),
        ...(sent ? { 'Content-Encoding': sent } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
